import { z } from 'astro/zod';

/**
 * A date as precise as its source allows, in ISO form: `2024`, `2024-08` or `2024-08-08`.
 * A partial date stays partial: we never invent a day or a month. YAML may hand over `2024` as a number and
 * `2024-08-08` as a date; both are turned back into the text that was written.
 */
export const partialDateSchema = z.preprocess(
	(value) => (typeof value === 'number' ? String(value) : value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string()
		.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
		.refine(isRealDate, 'is not a real calendar date'),
);

function isRealDate(value: string): boolean {
	const [year, month = 1, day = 1] = value.split('-').map(Number);
	if (year === undefined || month < 1 || month > 12) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type PartialDate = z.infer<typeof partialDateSchema>;
