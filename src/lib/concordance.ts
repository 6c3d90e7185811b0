/**
 * The concordance: each article's counterparts in the Budapest Convention (and its Second Protocol), UNTOC and
 * UNCAC, from content/concordance.yaml, with what each mapping rests on. Pure: no route, no markup.
 */
import type { ContentProblem } from './content-error.ts';
import { mainTreaties, treatyIds, type Concordance, type ConcordanceEntry, type Counterpart, type TreatyId } from '../schemas/concordance.ts';

/** One counterpart ready to show: the treaty's names and each article with its title (undefined when not checked). */
export interface CounterpartView extends Counterpart {
	shortName: string;
	url: string;
	titled: Array<{ number: string; title: string | undefined }>;
}

/** An article's counterparts in treaty order, and the main treaties in which it has none. */
export interface ArticleCounterparts {
	article: number;
	counterparts: CounterpartView[];
	none: TreatyId[];
}

export function articleCounterparts(concordance: Concordance, entry: ConcordanceEntry): ArticleCounterparts {
	const order = (counterpart: Counterpart) => treatyIds.indexOf(counterpart.treaty);
	return {
		article: entry.article,
		counterparts: [...entry.counterparts].sort((a, b) => order(a) - order(b)).map((counterpart) => {
			const treaty = concordance.treaties[counterpart.treaty];
			return { ...counterpart, shortName: treaty.shortName, url: treaty.url, titled: counterpart.articles.map((number) => ({ number, title: treaty.articles[number] })) };
		}),
		none: mainTreaties.filter((treaty) => entry.none.includes(treaty)),
	};
}

/** Problems across files: a source that is not a critique on the site. */
export function checkConcordance(concordance: Concordance, file: string, critiqueIds: ReadonlySet<string>): ContentProblem[] {
	return concordance.articles.flatMap((entry, index) =>
		entry.counterparts.flatMap((counterpart, position) =>
			counterpart.sources
				.filter((id) => !critiqueIds.has(id))
				.map((id) => ({ file, field: `articles[${index}].counterparts[${position}].sources`, message: `"${id}" is not a source on the site (no file content/critiques/${id}.md)` })),
		),
	);
}

/** How many articles have a counterpart in each treaty, and how many mappings rest on sources or on the editors. */
export function concordanceCounts(concordance: Concordance): { byTreaty: Record<TreatyId, number>; sources: number; editors: number } {
	const byTreaty = Object.fromEntries(treatyIds.map((id) => [id, concordance.articles.filter((entry) => entry.counterparts.some((counterpart) => counterpart.treaty === id)).length])) as Record<TreatyId, number>;
	const all = concordance.articles.flatMap((entry) => entry.counterparts);
	return { byTreaty, sources: all.filter((counterpart) => counterpart.basis === 'sources').length, editors: all.filter((counterpart) => counterpart.basis === 'editors').length };
}

/** "EFF, 2024": how a mapping's source is named, from its critique's publisher and year. */
export function sourceLabels(ids: readonly string[], critiques: ReadonlyArray<{ id: string; data: { organisations: string[]; date: string } }>, organisations: ReadonlyMap<string, { shortName: string }>): Map<string, string> {
	return new Map(
		ids.map((id) => {
			const critique = critiques.find((entry) => entry.id === id);
			const publisher = critique ? organisations.get(critique.data.organisations[0] ?? '') : undefined;
			return [id, publisher && critique ? `${publisher.shortName}, ${critique.data.date.slice(0, 4)}` : id];
		}),
	);
}
