/**
 * The search facets: the filter keys every indexed page may declare (src/components/SearchData.astro) and the search
 * page offers (src/client/search.ts), with their names. The values are the labels readers see ("Critique", "NGO").
 * The URL of a search carries them as parameters: `/search/?q=data&kind=Critique&type=NGO`.
 */
export const searchFacets = {
	kind: 'Kind of page',
	type: 'Stakeholder type',
	organisation: 'Organisation',
	topic: 'Topic',
	chapter: 'Chapter',
	stance: 'Stance',
	year: 'Year',
} as const;

export type SearchFacet = keyof typeof searchFacets;

/** The kinds of indexed page. */
export const searchKinds = ['Article', 'Critique', 'Organisation', 'Topic', 'State', 'Overview'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** The sort keys every indexed page carries, so that sorting never drops a page. */
export interface SearchSort {
	/** Reading order: 0 for the preamble, the article number for an article, the first article a critique cites. */
	order: number;
	/** ISO date, as precise as known: the critique's date, or the adoption date for the text itself. */
	date: string;
}

/**
 * Pagefind ranking used by the search page (and the relevance tests). A lower `pageLength` than Pagefind's default
 * (0.75) stops short pages from beating long ones that match better: an article with a short summary that merely
 * mentions a word outranked the article that defines it.
 * @see https://pagefind.app/docs/ranking/
 */
export const searchRanking = { pageLength: 0.25 } as const;
