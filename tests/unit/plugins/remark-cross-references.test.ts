import remarkDirective from 'remark-directive';
import type { PluggableList } from 'unified';
import { describe, expect, test } from 'vitest';
import remarkCrossReferences from '../../../src/plugins/remark-cross-references.ts';
import { render } from '../../support/markdown.ts';

/** Render with only this plugin, as a provision body of article 28 (or as a page that is not an article). */
async function linked(markdown: string, options: { article?: number; base?: string } = {}) {
	const plugins: PluggableList = [remarkDirective, [remarkCrossReferences, { base: options.base ?? '/' }]];
	return render(markdown, plugins, options.article === undefined ? {} : { kind: 'article', number: options.article });
}

describe('remark-cross-references', () => {
	test.each([
		['See article 24.', '<a href="/articles/24/" class="xref">article 24</a>'],
		['Under art. 28(4) they may order help.', '<a href="/articles/28/#p4" class="xref">art. 28(4)</a>'],
		['As article 35, paragraph 1 (c) allows.', '<a href="/articles/35/#p1-c" class="xref">article 35, paragraph 1 (c)</a>'],
		['The offences in articles 7 to 11.', '<a href="/articles/7/" class="xref">articles 7 to 11</a>'],
		['Article 2(h) defines it.', '<a href="/articles/2/#h" class="xref">Article 2(h)</a>'],
	])('%s', async (input, expected) => {
		const { html, file } = await linked(input);
		expect(html).toContain(expected);
		expect(file.data.crossReferences).toHaveLength(1);
	});

	test('"articles 6 and 24" becomes two links', async () => {
		const { html, file } = await linked('Articles 6 and 24 protect rights.');
		expect(html).toBe('<p><a href="/articles/6/" class="xref">Articles 6</a> and <a href="/articles/24/" class="xref">24</a> protect rights.</p>');
		expect(file.data.crossReferences?.[0]?.refs).toHaveLength(2);
	});

	test('"paragraph 3 of this article" and a bare "paragraph 2" point into the current article', async () => {
		const { html } = await linked('Unlike paragraph 3 of this article, paragraph 2 and paragraphs 1 and 4 differ.', { article: 28 });
		expect(html).toContain('<a href="/articles/28/#p3" class="xref">paragraph 3 of this article</a>');
		expect(html).toContain('<a href="/articles/28/#p2" class="xref">paragraph 2</a>');
		expect(html).toContain('<a href="/articles/28/#p1" class="xref">paragraphs 1</a> and <a href="/articles/28/#p4" class="xref">4</a>');
	});

	test('outside an article, a bare "paragraph 2" is left alone, "paragraph 2 of article 23" is linked', async () => {
		const { html } = await linked('Its paragraph 2 matters, as does paragraph 2 of article 23.');
		expect(html).toBe('<p>Its paragraph 2 matters, as does <a href="/articles/23/#p2" class="xref">paragraph 2 of article 23</a>.</p>');
	});

	test.each([
		'The extradition article of UNTOC (article 16) is the model.',
		'This follows UNTOC article 28 on information.',
		'It resembles article 39 of the Council of Europe Convention on Cybercrime.',
		'Compare article 19 of the ICCPR.',
		'In the UN Convention against Transnational Organized Crime (article 38) the period is 30 days.',
		'The Budapest Convention, article 35, has a similar network.',
	])('leaves references to other instruments alone: %s', async (input) => {
		const { html, file } = await linked(input);
		expect(html).not.toContain('<a ');
		expect(file.data.crossReferences).toEqual([]);
	});

	test('leaves headings, existing links, code and sourced quotations alone', async () => {
		const { html } = await linked(
			['## Article 24', '[article 5](https://example.org)', '`article 6`', ':::quote{source="S" url="https://a.org"}\nFor the purpose of this paragraph and article 65.\n:::'].join('\n\n'),
		);
		expect(html).not.toContain('class="xref"');
	});

	test('respects the base path', async () => {
		const { html } = await linked('See article 24.', { base: '/hanoi-convention/' });
		expect(html).toContain('href="/hanoi-convention/articles/24/"');
	});

	test('records the line and the targets of each reference', async () => {
		const { file } = await linked('First line.\n\nThen art. 28(4) and article 99 is not one.');
		expect(file.data.crossReferences).toEqual([{ text: 'art. 28(4)', line: 3, refs: [{ kind: 'article', article: 28, paragraph: '4' }] }]);
	});
});
