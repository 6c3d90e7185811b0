import { describe, expect, test } from 'vitest';
import { articlesOf, describeRef, formatRef, parseCitation, refAnchor, type ProvisionRef } from '../../../src/lib/citation.ts';

const article = (number: number, extra: Partial<Record<'paragraph' | 'point' | 'subpoint', string>> = {}): ProvisionRef => ({
	kind: 'article',
	article: number,
	...extra,
});

describe('parseCitation: spellings readers and critics use', () => {
	test.each<[string, ProvisionRef[]]>([
		['Art. 28(4)', [article(28, { paragraph: '4' })]],
		['art 28(4)', [article(28, { paragraph: '4' })]],
		['Article 28 (4)', [article(28, { paragraph: '4' })]],
		['28(4)', [article(28, { paragraph: '4' })]],
		['28.4', [article(28, { paragraph: '4' })]],
		['article 35(1)(c)', [article(35, { paragraph: '1', point: 'c' })]],
		['Art. 35(1)(c)', [article(35, { paragraph: '1', point: 'c' })]],
		['35.1.c', [article(35, { paragraph: '1', point: 'c' })]],
		['article 35, paragraph 1 (c)', [article(35, { paragraph: '1', point: 'c' })]],
		['Article 35, para. 1(c)', [article(35, { paragraph: '1', point: 'c' })]],
		['paragraph 4 of article 28', [article(28, { paragraph: '4' })]],
		['art 2(h)', [article(2, { point: 'h' })]],
		['Art. 2(h)', [article(2, { point: 'h' })]],
		['2.h', [article(2, { point: 'h' })]],
		['2(i)', [article(2, { point: 'i' })]],
		['article 11(1)(a)(ii)', [article(11, { paragraph: '1', point: 'a', subpoint: 'ii' })]],
		['29(1)(b)(i)', [article(29, { paragraph: '1', point: 'b', subpoint: 'i' })]],
		['Article 24', [article(24)]],
		['art. 65', [article(65)]],
		['§ 28(4)', [article(28, { paragraph: '4' })]],
		['articles 7 to 11', [{ kind: 'range', from: 7, to: 11 }]],
		['Arts. 7–11', [{ kind: 'range', from: 7, to: 11 }]],
		['7-11', [{ kind: 'range', from: 7, to: 11 }]],
		['articles 28 to 30', [{ kind: 'range', from: 28, to: 30 }]],
		['Article 6 and 24', [article(6), article(24)]],
		['Articles 6 and 24', [article(6), article(24)]],
		['Art. 24(1) and 24(4)', [article(24, { paragraph: '1' }), article(24, { paragraph: '4' })]],
		['arts 37, 40', [article(37), article(40)]],
		['Article 23(2)(b) and (c)', [article(23, { paragraph: '2', point: 'b' }), article(23, { paragraph: '2', point: 'c' })]],
		['23(2)(b), (c)', [article(23, { paragraph: '2', point: 'b' }), article(23, { paragraph: '2', point: 'c' })]],
		['29(1)(b)(i) and (ii)', [article(29, { paragraph: '1', point: 'b', subpoint: 'i' }), article(29, { paragraph: '1', point: 'b', subpoint: 'ii' })]],
		['24(1) and (4)', [article(24, { paragraph: '1' }), article(24, { paragraph: '4' })]],
		['preamble', [{ kind: 'preamble' }]],
		['The Preamble', [{ kind: 'preamble' }]],
	])('%s', (input, expected) => {
		if (expected === undefined) expect(parseCitation(input)).toBeUndefined();
		else expect(parseCitation(input)).toEqual(expected);
	});

	test.each(['surveillance treaty', 'penetration testing', 'article', '', '69', 'article 0', 'articles 11 to 7', '28(4)(a)(b)', '28(x1)', 'Budapest article 2', '2024'])(
		'%j is not a citation',
		(input) => {
			expect(parseCitation(input)).toBeUndefined();
		},
	);
});

describe('formatting and anchors', () => {
	test.each([
		['28(4)', 'Article 28, paragraph 4', 'p4'],
		['35(1)(c)', 'Article 35, paragraph 1 (c)', 'p1-c'],
		['2(h)', 'Article 2 (h)', 'h'],
		['11(1)(a)(ii)', 'Article 11, paragraph 1 (a)(ii)', 'p1-a-ii'],
		['24', 'Article 24', undefined],
		['7-11', 'Articles 7 to 11', undefined],
		['preamble', 'The preamble', undefined],
	])('%s round-trips, reads as %s, anchors at %s', (compact, reading, anchor) => {
		const [ref] = parseCitation(compact) ?? [];
		if (!ref) throw new Error('did not parse');
		expect(formatRef(ref)).toBe(compact);
		expect(describeRef(ref)).toBe(reading);
		expect(refAnchor(ref)).toBe(anchor);
	});

	test('articles a reference touches', () => {
		expect(articlesOf({ kind: 'range', from: 7, to: 11 })).toEqual([7, 8, 9, 10, 11]);
		expect(articlesOf(article(28, { paragraph: '4' }))).toEqual([28]);
		expect(articlesOf({ kind: 'preamble' })).toEqual([]);
	});
});
