import { describe, expect, test } from 'vitest';
import { displayNumber, fromRoman, numberAt, ordinalOf, toRoman } from '../../../src/lib/numbering.ts';

describe('numbering', () => {
	test('Roman numerals round-trip from 1 to 100', () => {
		for (let value = 1; value <= 100; value++) expect(fromRoman(toRoman(value))).toBe(value);
		expect(toRoman(4)).toBe('iv');
		expect(toRoman(9)).toBe('ix');
		expect(toRoman(68)).toBe('lxviii');
	});

	test('non-canonical or non-Roman text is not a numeral', () => {
		expect(fromRoman('iiii')).toBeUndefined();
		expect(fromRoman('vx')).toBeUndefined();
		expect(fromRoman('a')).toBeUndefined();
		expect(fromRoman('')).toBeUndefined();
		expect(() => toRoman(0)).toThrow(RangeError);
	});

	test('ordinals of each scheme', () => {
		expect(ordinalOf('paragraph', '12')).toBe(12);
		expect(ordinalOf('paragraph', '01')).toBeUndefined();
		expect(ordinalOf('point', 'a')).toBe(1);
		expect(ordinalOf('point', 'h')).toBe(8);
		expect(ordinalOf('point', 'A')).toBeUndefined();
		expect(ordinalOf('subpoint', 'iv')).toBe(4);
		expect(ordinalOf('subpoint', 'IV')).toBeUndefined();
	});

	test('numberAt inverts ordinalOf, and numbers read as in running text', () => {
		for (const level of ['paragraph', 'point', 'subpoint'] as const) {
			for (let ordinal = 1; ordinal <= 20; ordinal++) expect(ordinalOf(level, numberAt(level, ordinal))).toBe(ordinal);
		}
		expect(displayNumber('paragraph', '4')).toBe('4');
		expect(displayNumber('point', 'c')).toBe('(c)');
		expect(displayNumber('subpoint', 'ii')).toBe('(ii)');
	});
});
