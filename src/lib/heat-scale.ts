/**
 * The shading scale of the "who objects to what" heat map: a count of claims falls in one of five steps. The steps
 * are fixed (not relative to the largest cell), so a shade means the same number range on every build; the number
 * itself is always written in the cell, so colour is never the only signal.
 */

/** The steps, lightest first: the smallest count each step starts at, and how the legend names it. */
export const heatSteps: ReadonlyArray<{ from: number; label: string }> = [
	{ from: 0, label: 'none' },
	{ from: 1, label: '1' },
	{ from: 2, label: '2 to 3' },
	{ from: 4, label: '4 to 7' },
	{ from: 8, label: '8 or more' },
];

/** The step (0 to 4) a count falls in. */
export function heatStep(count: number): number {
	let step = 0;
	heatSteps.forEach((candidate, index) => {
		if (count >= candidate.from) step = index;
	});
	return step;
}
