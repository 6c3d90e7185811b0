import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanLayout, parseOfficialText } from '../../../src/lib/official-text-parser.ts';

/** Invented text in the layout of the UN document (see the first line of the file). */
const fixture = readFileSync('tests/fixtures/official-text/invented-un-layout.txt', 'utf8');
const articles = parseOfficialText(fixture);
const article = (number: number) => articles.find((entry) => entry.number === number);

describe('official text: layout', () => {
	test('running headers, job numbers, page numbers and footnotes are removed', () => {
		const text = cleanLayout(fixture).join('\n');
		expect(text).not.toMatch(/^\s*A\/RES\/79\/243\s*$/m);
		expect(text).not.toContain('24-25028');
		expect(text).not.toContain('3/41');
		expect(text).not.toContain('United Nations Convention against Cybercrime');
		expect(text).not.toContain('Invented footnote text');
		expect(text).not.toContain('¹');
	});
});

describe('official text: structure', () => {
	test('finds the articles and their titles, skipping chapter headings', () => {
		expect(articles.map((entry) => `${entry.number} ${entry.title}`)).toEqual(['2 Use of terms', '7 Illegal access', '28 Search and seizure of stored electronic data', '11 Misuse of devices']);
	});

	test('a word hyphenated across lines is rejoined', () => {
		expect(article(2)?.parts.find((part) => part.id === 'h')?.text).toBe('Invented serious term means an invented offence punishable by invented years;');
	});

	test('points of an article without paragraphs; "(i)" after "(h)" is point (i), not a sub-point', () => {
		expect(article(2)?.intro).toBe('For the purposes of this invented text:');
		expect(article(2)?.parts.map((part) => part.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
	});

	test('a point list that continues after a page break, and a paragraph split across pages', () => {
		expect(article(28)?.parts.map((part) => part.id)).toEqual(['p1', 'p1-a', 'p1-b', 'p2', 'p3', 'p3-a', 'p3-b', 'p3-c', 'p3-d', 'p4', 'p5']);
		expect(article(28)?.parts.find((part) => part.id === 'p4')?.text).toBe(
			'Invented fourth paragraph about invented persons with knowledge of the invented system, which is split across a page break and continues on the next page after the running header.',
		);
	});

	test('sub-points under a point', () => {
		expect(article(11)?.parts.map((part) => part.id)).toEqual(['p1', 'p1-a', 'p1-a-i', 'p1-a-ii', 'p1-b']);
		expect(article(11)?.parts.find((part) => part.id === 'p1-a-ii')?.text).toBe('An invented password;');
	});
});
