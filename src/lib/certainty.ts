/**
 * How sure a page may say it is, derived from what its parts rest on, by one rule written once: a provision is as
 * certain as its weakest part (the provision's own basis counts as a part: it covers its number, title, in-brief and
 * overview). A hand-written note may explain the level, never raise it.
 *
 * - high: every part checked against a text of the Convention (the official text, or the Arabic copy of arts 1-15);
 * - medium: every part at least located and described by named sources;
 * - low: at least one part rests on the editors' knowledge only.
 */
import type { Basis, Provenance } from '../schemas/provenance.ts';

/** The certainty levels, strongest first. */
export const certaintyLevels = ['high', 'medium', 'low'] as const;

/** A derived certainty level. */
export type Certainty = (typeof certaintyLevels)[number];

/** The level each basis supports on its own. */
export const certaintyOfBasis: Readonly<Record<Basis, Certainty>> = {
	'official-text': 'high',
	'arabic-text': 'high',
	sources: 'medium',
	editors: 'low',
};

/** The weaker of two levels. */
export function weaker(a: Certainty, b: Certainty): Certainty {
	return certaintyLevels.indexOf(a) >= certaintyLevels.indexOf(b) ? a : b;
}

/** The certainty a provision may claim, from its own provenance and its parts' (none for an overview-only article). */
export function deriveCertainty(whole: Provenance, parts: readonly Provenance[]): Certainty {
	return parts.reduce<Certainty>((level, part) => weaker(level, certaintyOfBasis[part.basis]), certaintyOfBasis[whole.basis]);
}

/** How many parts rest on each basis. */
export function countBases(parts: readonly Provenance[]): Record<Basis, number> {
	const counts: Record<Basis, number> = { 'official-text': 0, 'arabic-text': 0, sources: 0, editors: 0 };
	for (const part of parts) counts[part.basis] += 1;
	return counts;
}
