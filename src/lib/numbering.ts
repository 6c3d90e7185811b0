/**
 * The three numbering schemes of the Convention's structure and how each advances:
 * paragraphs 1, 2, 3 ...; points (a), (b), (c) ...; sub-points (i), (ii), (iii) ...
 *
 * Chapter numbers are written in Roman capitals (Chapter IV) but stored as integers.
 */

/** The levels of numbered parts inside an article, outermost first. */
export const partLevels = ['paragraph', 'point', 'subpoint'] as const;

/** The level of a numbered part inside an article. */
export type PartLevel = (typeof partLevels)[number];

const romanTable: ReadonlyArray<readonly [number, string]> = [
	[1000, 'm'],
	[900, 'cm'],
	[500, 'd'],
	[400, 'cd'],
	[100, 'c'],
	[90, 'xc'],
	[50, 'l'],
	[40, 'xl'],
	[10, 'x'],
	[9, 'ix'],
	[5, 'v'],
	[4, 'iv'],
	[1, 'i'],
];

/** Lower-case Roman numeral for a positive integer (4 -> "iv"). */
export function toRoman(value: number): string {
	if (!Number.isInteger(value) || value < 1 || value > 3999) {
		throw new RangeError(`Cannot write ${value} as a Roman numeral`);
	}
	let rest = value;
	let out = '';
	for (const [amount, letters] of romanTable) {
		while (rest >= amount) {
			out += letters;
			rest -= amount;
		}
	}
	return out;
}

/** Integer value of a canonical lower- or upper-case Roman numeral, or undefined if it is not one ("iiii" is not). */
export function fromRoman(text: string): number | undefined {
	const lower = text.toLowerCase();
	if (!/^[ivxlcdm]+$/.test(lower)) return undefined;
	let total = 0;
	for (let index = 0; index < lower.length; index++) {
		const current = romanValue(lower[index]);
		const next = index + 1 < lower.length ? romanValue(lower[index + 1]) : 0;
		total += current < next ? -current : current;
	}
	return total > 0 && total < 4000 && toRoman(total) === lower ? total : undefined;
}

function romanValue(letter: string | undefined): number {
	switch (letter) {
		case 'i':
			return 1;
		case 'v':
			return 5;
		case 'x':
			return 10;
		case 'l':
			return 50;
		case 'c':
			return 100;
		case 'd':
			return 500;
		case 'm':
			return 1000;
		default:
			return 0;
	}
}

/**
 * Position (1-based) of a part number in its scheme, or undefined when the text is not a number of that scheme.
 * Paragraphs: "4" -> 4. Points: "a" -> 1, "z" -> 26. Sub-points: "ii" -> 2.
 */
export function ordinalOf(level: PartLevel, text: string): number | undefined {
	switch (level) {
		case 'paragraph':
			return /^[1-9]\d*$/.test(text) ? Number(text) : undefined;
		case 'point':
			return /^[a-z]$/.test(text) ? text.charCodeAt(0) - 96 : undefined;
		case 'subpoint':
			return fromRoman(text) !== undefined && text === text.toLowerCase() ? fromRoman(text) : undefined;
	}
}

/** The part number at a 1-based position of a scheme: (point, 3) -> "c". */
export function numberAt(level: PartLevel, ordinal: number): string {
	switch (level) {
		case 'paragraph':
			return String(ordinal);
		case 'point':
			if (ordinal < 1 || ordinal > 26) throw new RangeError(`No point letter at position ${ordinal}`);
			return String.fromCharCode(96 + ordinal);
		case 'subpoint':
			return toRoman(ordinal);
	}
}

/** How a part number is written in running text: paragraph "4", point "(a)", sub-point "(ii)". */
export function displayNumber(level: PartLevel, text: string): string {
	return level === 'paragraph' ? text : `(${text})`;
}
