import { describe, expect, test } from 'vitest';
import { numberRanges, summariseProvenance } from '../../../src/lib/provenance-summary.ts';

const arabic = { basis: 'arabic-text' as const, sources: [] };
const editors = { basis: 'editors' as const, sources: [] };
const sourced = { basis: 'sources' as const, sources: ['uk-2024'] };

describe('summariseProvenance', () => {
	test('counts parts by basis and sorts provisions by derived certainty', () => {
		const summary = summariseProvenance([
			{ number: undefined, whole: editors, parts: [] },
			{ number: 1, whole: arabic, parts: [arabic, arabic] },
			{ number: 24, whole: sourced, parts: [sourced, editors] },
			{ number: 40, whole: editors, parts: [] },
		]);
		expect(summary.provisions).toBe(4);
		expect(summary.articlesWithParts).toEqual([1, 24]);
		expect(summary.parts).toBe(4);
		expect(summary.partsByBasis).toEqual({ 'official-text': 0, 'arabic-text': 2, sources: 1, editors: 1 });
		expect(summary.byCertainty).toEqual({ high: ['1'], medium: [], low: ['preamble', '24', '40'] });
	});

	test('writes article numbers as short ranges', () => {
		expect(numberRanges([3, 1, 2, 5, 7, 8])).toBe('1-3, 5, 7-8');
		expect(numberRanges([])).toBe('');
	});
});
