/** Permalinks, short addresses, citations and bibliography downloads in the built site. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { shortKey } from '../../src/lib/short-urls.ts';
import { partsOf, readCritiques, readProvisions } from '../support/content-files.ts';

const dist = path.resolve('dist');
const page = (relative: string) => readFileSync(path.join(dist, relative), 'utf8').replaceAll('&#39;', "'");

describe('short addresses', () => {
	test('every article, paragraph, point and sub-point has a short address that redirects to its anchor', async () => {
		let count = 0;
		for (const provision of readProvisions()) {
			if (provision.data.kind !== 'article') continue;
			const number = provision.data.number;
			const targets: Array<[string, string]> = [[shortKey(number), `/articles/${number}/`]];
			for (const part of partsOf(provision)) targets.push([shortKey(number, part.id), `/articles/${number}/#${part.id}`]);
			for (const [key, target] of targets) {
				const file = path.join(dist, 'a', key, 'index.html');
				expect(existsSync(file), `/a/${key}/`).toBe(true);
				expect(readFileSync(file, 'utf8'), `/a/${key}/`).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
				count++;
			}
		}
		expect(count).toBeGreaterThan(68); // parts as well as articles
		expect(page('a/35.1.c/index.html')).toContain('url=/articles/35/#p1-c');
		expect(page('a/preamble/index.html')).toContain('url=/preamble/');
	});
});

describe('citations on the page, without JavaScript', () => {
	test('an article carries plain, OSCOLA and Bluebook citations of itself and of each paragraph', () => {
		const html = page('articles/35/index.html');
		expect(html).toContain('United Nations Convention against Cybercrime (adopted 24 December 2024, not yet in force) UNGA Res 79/243, annex, art 35');
		expect(html).toContain('United Nations Convention against Cybercrime, G.A. Res. 79/243, annex, art. 35 (Dec. 24, 2024)');
		expect(html).toMatch(/United Nations Convention against Cybercrime, article 35, paragraph 1 \(annex to UN General Assembly resolution 79\/243, adopted 24 December 2024\)\. Editors' summary: http[^ ]+\/articles\/35\/#p1 \(version of \d{1,2} \w+ \d{4}\)\./);
		expect(html).toContain('<summary>Cite paragraph 1</summary>');
		expect(html).toContain('aria-label="Copy the OSCOLA citation of paragraph 1" hidden');
		expect(html).toMatch(/<a class="part__permalink" href="#p1" aria-label="Link to paragraph 1" data-url="https?:\/\/[^"]+\/articles\/35\/#p1">#<\/a>/);
	});

	test('a critique carries an author-date citation and links to its BibTeX, RIS and CSL-JSON', () => {
		const html = page('critiques/techaccord-pr-grave-concerns-2024/index.html');
		expect(html).toMatch(/id="cite-author-date">Cybersecurity Tech Accord\. \(2024\)\. Press Release: [^<]+\[Press release\]\. Cybersecurity Tech Accord\. https:\/\/cybertechaccord\.org\//);
		for (const extension of ['bib', 'ris', 'json']) expect(html).toContain(`href="/cite/techaccord-pr-grave-concerns-2024.${extension}" download`);
	});

	test('the downloads exist for every source and for the whole bibliography, in the right formats', () => {
		const critiques = readCritiques();
		for (const critique of critiques) for (const extension of ['bib', 'ris', 'json']) expect(existsSync(path.join(dist, `cite/${critique.id}.${extension}`)), critique.id).toBe(true);
		const bib = page('cite/bibliography.bib');
		expect(bib.match(/^@\w+\{/gm)).toHaveLength(critiques.length);
		expect(page('cite/bibliography.ris').match(/^TY {2}- /gm)).toHaveLength(critiques.length);
		const csl = JSON.parse(page('cite/bibliography.json')) as Array<{ id: string; URL: string }>;
		expect(csl.map((item) => item.id).sort()).toEqual(critiques.map((critique) => critique.id).sort());
	});
});

describe('cross-references and defined terms', () => {
	test('summaries link their references to the Convention, and each article lists the articles that refer to it', () => {
		expect(page('articles/11/index.html')).toContain('<a href="/articles/7/" class="xref">articles 7 to 10</a>');
		const article7 = page('articles/7/index.html');
		expect(article7).toContain('<h2 id="referred-by">Referred to by</h2>');
		expect(article7).toMatch(/Our summaries of these articles refer to this one:[\s\S]*?<a href="\/articles\/11\/">Article 11<\/a>/);
	});

	test('defined terms open a popover whose text is left out of the search index', () => {
		const html = page('articles/35/index.html');
		expect(html).toMatch(/<button type="button" class="term__button" popovertarget="term-h"[^>]*>serious crime<\/button><span id="term-h" popover="auto" class="term__popover" data-pagefind-ignore="all"/);
	});
});
