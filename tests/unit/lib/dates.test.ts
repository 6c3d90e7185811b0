import { describe, expect, test } from 'vitest';
import { formatDateRange, formatPartialDate } from '../../../src/lib/dates.ts';

describe('dates', () => {
	test('partial dates stay partial', () => {
		expect(formatPartialDate('2024-12-24')).toBe('24 December 2024');
		expect(formatPartialDate('2024-08')).toBe('August 2024');
		expect(formatPartialDate('2017')).toBe('2017');
	});

	test('ranges', () => {
		expect(formatDateRange('2025-10-25', '2025-10-26')).toBe('25–26 October 2025');
		expect(formatDateRange('2024-07-29', '2024-08-09')).toBe('29 July 2024 – 9 August 2024');
		expect(formatDateRange('2024-12-24')).toBe('24 December 2024');
	});
});
