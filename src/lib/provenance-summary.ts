/**
 * What the site holds, in numbers, from what each provision and part rests on: how many provisions have anchored
 * parts, how many parts rest on each basis, which articles are at each certainty level. The home and about pages
 * print it, so they can never promise more than the content holds.
 */
import type { Provenance } from '../schemas/provenance.ts';
import { countBases, deriveCertainty, type Certainty } from './certainty.ts';

/** One provision as the summary needs it. */
export interface ProvisionFacts {
	/** Article number; undefined for the preamble. */
	number: number | undefined;
	/** What the provision as a whole rests on. */
	whole: Provenance;
	/** What each of its numbered parts rests on. */
	parts: readonly Provenance[];
}

export interface ProvenanceSummary {
	/** Provisions (the preamble and the articles). */
	provisions: number;
	/** Article numbers whose summaries have anchored parts. */
	articlesWithParts: number[];
	/** Parts, in all, and by basis. */
	parts: number;
	partsByBasis: ReturnType<typeof countBases>;
	/** Article numbers (and "preamble") at each derived certainty level. */
	byCertainty: Record<Certainty, string[]>;
}

export function summariseProvenance(provisions: readonly ProvisionFacts[]): ProvenanceSummary {
	const byCertainty: Record<Certainty, string[]> = { high: [], medium: [], low: [] };
	for (const provision of provisions) byCertainty[deriveCertainty(provision.whole, provision.parts)].push(provision.number === undefined ? 'preamble' : String(provision.number));
	const allParts = provisions.flatMap((provision) => provision.parts);
	return {
		provisions: provisions.length,
		articlesWithParts: provisions.filter((provision) => provision.number !== undefined && provision.parts.length > 0).map((provision) => provision.number as number),
		parts: allParts.length,
		partsByBasis: countBases(allParts),
		byCertainty,
	};
}

/** "1-15, 17, 22-25": article numbers as short ranges. */
export function numberRanges(numbers: readonly number[]): string {
	const sorted = [...numbers].sort((a, b) => a - b);
	const ranges: string[] = [];
	for (let index = 0; index < sorted.length; index++) {
		const start = sorted[index] as number;
		let end = start;
		while (sorted[index + 1] === end + 1) end = sorted[++index] as number;
		ranges.push(end === start ? String(start) : `${start}-${end}`);
	}
	return ranges.join(', ');
}
