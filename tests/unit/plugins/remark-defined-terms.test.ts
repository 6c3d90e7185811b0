import remarkDirective from 'remark-directive';
import type { PluggableList } from 'unified';
import { describe, expect, test } from 'vitest';
import remarkCrossReferences from '../../../src/plugins/remark-cross-references.ts';
import type { DefinedTerm } from '../../../src/lib/defined-terms.ts';
import remarkDefinedTerms from '../../../src/plugins/remark-defined-terms.ts';
import { render } from '../../support/markdown.ts';

const terms: DefinedTerm[] = [
	{ term: 'serious crime', id: 'h', summary: 'An offence punishable by at least four years.' },
	{ term: 'information and communications technology system', aliases: ['ICT system'], id: 'a', summary: 'A device that processes data.' },
];

const plugins: PluggableList = [remarkDirective, [remarkCrossReferences, {}], [remarkDefinedTerms, { terms, base: '/' }]];

describe('remark-defined-terms', () => {
	test('the first use becomes a button with a popover holding our summary and a link to the definition', async () => {
		const { html } = await render('Evidence of any serious crime, and again serious crime.\n', plugins);
		expect(html).toBe(
			'<p>Evidence of any <span class="term"><button type="button" class="term__button" popovertarget="term-h" aria-label="serious crime: show the definition">serious crime</button><span id="term-h" popover="auto" class="term__popover" data-pagefind-ignore="all" role="note"><strong>Serious crime</strong> (article 2 (h), our summary): An offence punishable by at least four years. <a href="/articles/2/#h">Read the definition</a></span></span>, and again serious crime.</p>',
		);
	});

	test('aliases and plurals count as the term', async () => {
		const { html } = await render('Two ICT systems were searched.\n', plugins);
		expect(html).toContain('popovertarget="term-a"');
		expect(html).toContain('>ICT systems</button>');
	});

	test('leaves article 2 itself, headings, links and quotations alone', async () => {
		expect((await render('Any serious crime.\n', plugins, { kind: 'article', number: 2 })).html).not.toContain('term__button');
		expect((await render('## Serious crime\n\n[serious crime](https://a.org)\n', plugins)).html).not.toContain('term__button');
		expect((await render(':::quote{source="S" url="https://a.org"}\nserious crime\n:::\n', plugins)).html).not.toContain('term__button');
	});

	test('a reference already linked by the cross-reference plugin is not split', async () => {
		const { html } = await render('See article 2(h) on serious crime.\n', plugins);
		expect(html).toContain('<a href="/articles/2/#h" class="xref">article 2(h)</a>');
		expect(html).toContain('popovertarget="term-h"');
	});
});
