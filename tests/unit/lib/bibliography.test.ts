import { describe, expect, test } from 'vitest';
import { authorDateCitation, cslItem, formatBibliography } from '../../../src/lib/bibliography.ts';
import { critiqueFixture } from '../../support/critique-fixture.ts';

const names = new Map([['eff', 'Electronic Frontier Foundation'], ['reuters', 'Reuters']]);

describe('bibliography', () => {
	const item = cslItem('eff-statement', critiqueFixture(), names, '2026-11-22', 'https://site.example/critiques/eff-statement/');

	test('a critique becomes a CSL-JSON item with its organisation as author, partial date kept partial', () => {
		expect(item).toEqual({
			id: 'eff-statement',
			type: 'webpage',
			title: 'A statement on the Convention',
			author: [{ literal: 'Electronic Frontier Foundation' }],
			issued: { 'date-parts': [[2024, 8]] },
			accessed: { 'date-parts': [[2026, 11, 22]] },
			URL: 'https://example.org/statement',
			publisher: 'Electronic Frontier Foundation',
			genre: 'Statement',
			note: 'Summarised at https://site.example/critiques/eff-statement/ (from an excerpt)',
		});
	});

	test('a statement quoting a named person is still authored by the organisation', () => {
		const quoted = cslItem('q', { ...critiqueFixture(), authors: ['Nick Ashton-Hart'] }, names, '2026-11-22', 'https://s/');
		expect(quoted.author).toEqual([{ literal: 'Electronic Frontier Foundation' }]);
	});

	test('a news report puts the outlet as the container', () => {
		const news = cslItem('r', { ...critiqueFixture(), organisations: ['reuters'], kind: 'news-report', authors: ['Jane Doe'] }, names, '2026-11-22', 'https://s/');
		expect(news.type).toBe('article-newspaper');
		expect(news['container-title']).toBe('Reuters');
		expect(news.author).toEqual([{ literal: 'Jane Doe' }]);
	});

	test('author-date (APA) text through citation-js', () => {
		expect(authorDateCitation(item)).toBe('Electronic Frontier Foundation. (2024, August). A statement on the Convention [Statement]. Electronic Frontier Foundation. https://example.org/statement');
	});

	test('BibTeX, RIS and CSL-JSON', () => {
		const bibtex = formatBibliography([item], 'bibtex');
		expect(bibtex).toMatch(/^@misc\{/);
		expect(bibtex).toContain('author = {{Electronic Frontier Foundation}}');
		expect(bibtex).toContain('url = {https://example.org/statement}');
		const ris = formatBibliography([item], 'ris');
		expect(ris).toMatch(/^TY {2}- ELEC/m);
		expect(ris).toContain('UR  - https://example.org/statement');
		expect(ris).toMatch(/^ER {2}- /m);
		expect(JSON.parse(formatBibliography([item], 'csl-json'))).toEqual([item]);
	});
});
