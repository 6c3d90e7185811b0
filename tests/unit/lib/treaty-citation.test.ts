import { describe, expect, test } from 'vitest';
import { parseCitation } from '../../../src/lib/citation.ts';
import { bluebookCitation, oscolaCitation, plainCitation } from '../../../src/lib/treaty-citation.ts';

const ref = (text: string) => {
	const [parsed] = parseCitation(text) ?? [];
	if (!parsed) throw new Error(text);
	return parsed;
};

describe('treaty citations', () => {
	test('plain form names the provision, the resolution, our URL and the version date', () => {
		expect(plainCitation(ref('35(1)(c)'), 'https://example.org/articles/35/#p1-c', '2026-11-22')).toBe(
			"United Nations Convention against Cybercrime, article 35, paragraph 1 (c) (annex to UN General Assembly resolution 79/243, adopted 24 December 2024). Editors' summary: https://example.org/articles/35/#p1-c (version of 22 November 2026).",
		);
	});

	test.each([
		['28(4)', 'United Nations Convention against Cybercrime (adopted 24 December 2024, not yet in force) UNGA Res 79/243, annex, art 28(4)', 'United Nations Convention against Cybercrime, G.A. Res. 79/243, annex, art. 28(4) (Dec. 24, 2024)'],
		['35(1)(c)', 'United Nations Convention against Cybercrime (adopted 24 December 2024, not yet in force) UNGA Res 79/243, annex, art 35(1)(c)', 'United Nations Convention against Cybercrime, G.A. Res. 79/243, annex, art. 35(1)(c) (Dec. 24, 2024)'],
		['2(h)', 'United Nations Convention against Cybercrime (adopted 24 December 2024, not yet in force) UNGA Res 79/243, annex, art 2(h)', 'United Nations Convention against Cybercrime, G.A. Res. 79/243, annex, art. 2(h) (Dec. 24, 2024)'],
		['24', 'United Nations Convention against Cybercrime (adopted 24 December 2024, not yet in force) UNGA Res 79/243, annex, art 24', 'United Nations Convention against Cybercrime, G.A. Res. 79/243, annex, art. 24 (Dec. 24, 2024)'],
		['preamble', 'United Nations Convention against Cybercrime (adopted 24 December 2024, not yet in force) UNGA Res 79/243, annex, pmbl', 'United Nations Convention against Cybercrime, G.A. Res. 79/243, annex, pmbl. (Dec. 24, 2024)'],
	])('%s in OSCOLA and Bluebook', (text, oscola, bluebook) => {
		expect(oscolaCitation(ref(text))).toBe(oscola);
		expect(bluebookCitation(ref(text))).toBe(bluebook);
	});
});
