import { describe, expect, test } from 'vitest';
import { countBases, deriveCertainty } from '../../../src/lib/certainty.ts';
import type { Basis, Provenance } from '../../../src/schemas/provenance.ts';

const on = (basis: Basis): Provenance => ({ basis, sources: basis === 'sources' ? ['uk-2024'] : [] });

describe('deriveCertainty: a provision is as certain as its weakest part', () => {
	test.each<[string, Basis, Basis[], string]>([
		['every part checked against the Arabic text', 'arabic-text', ['arabic-text', 'arabic-text'], 'high'],
		['the official text', 'official-text', ['official-text'], 'high'],
		['an overview-only article checked against a text', 'arabic-text', [], 'high'],
		['every part located by sources', 'sources', ['sources', 'sources'], 'medium'],
		['a text-checked article with one sourced part', 'arabic-text', ['arabic-text', 'sources'], 'medium'],
		['one part on the editors only, the rest sourced', 'sources', ['sources', 'editors'], 'low'],
		['parts all checked, but the article itself on the editors only', 'editors', ['arabic-text'], 'low'],
		['an overview-only article on the editors only', 'editors', [], 'low'],
	])('%s: %s', (_name, whole, parts, expected) => {
		expect(deriveCertainty(on(whole), parts.map(on))).toBe(expected);
	});

	test('counts parts by basis', () => {
		expect(countBases([on('editors'), on('editors'), on('arabic-text')])).toEqual({ 'official-text': 0, 'arabic-text': 1, sources: 0, editors: 2 });
	});
});
