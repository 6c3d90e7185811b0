/**
 * The sources as a bibliography: each critique as a CSL-JSON item (the format citation managers share), and from
 * that, with citation-js (a maintained CSL library), BibTeX, RIS and an author-date reference in APA style.
 * Runs at build time only; nothing of it is sent to browsers.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Critique } from '../schemas/critique.ts';

/** The subset of CSL-JSON the site writes. */
export interface CslItem {
	id: string;
	type: string;
	title: string;
	author: Array<{ literal: string }>;
	issued: { 'date-parts': number[][] };
	accessed: { 'date-parts': number[][] };
	URL: string;
	publisher?: string;
	'container-title'?: string;
	genre?: string;
	note?: string;
}

/** CSL types for the kinds of piece. */
const cslTypes: Record<Critique['kind'], string> = {
	statement: 'webpage',
	analysis: 'report',
	'press-release': 'webpage',
	letter: 'document',
	speech: 'speech',
	submission: 'report',
	'news-report': 'article-newspaper',
	'op-ed': 'article-newspaper',
};

const genres: Partial<Record<Critique['kind'], string>> = {
	'press-release': 'Press release',
	letter: 'Open letter',
	submission: 'Submission',
	statement: 'Statement',
	'op-ed': 'Op-ed',
};

function dateParts(date: string): number[][] {
	return [date.split('-').map(Number)];
}

/**
 * A critique as a CSL-JSON item. `names` gives organisation names by id; `summaryUrl` is our page on it, noted so that
 * a reader can find the summary the citation came from.
 */
export function cslItem(id: string, critique: Critique, names: ReadonlyMap<string, string>, accessed: string, summaryUrl: string): CslItem {
	const publisher = names.get(critique.organisations[0] ?? '') ?? critique.organisations[0] ?? '';
	// An institution's statement, press release, letter or submission is authored by the institution, even when it
	// quotes a named person; bylined pieces (analyses, op-eds, news reports, speeches) by the people named.
	const institutional = critique.kind === 'statement' || critique.kind === 'press-release' || critique.kind === 'letter' || critique.kind === 'submission';
	const authors = !institutional && critique.authors.length > 0 ? critique.authors : critique.organisations.map((org) => names.get(org) ?? org);
	const type = cslTypes[critique.kind];
	return {
		id,
		type,
		title: critique.title,
		author: authors.map((literal) => ({ literal })),
		issued: { 'date-parts': dateParts(critique.date) },
		accessed: { 'date-parts': dateParts(accessed) },
		URL: critique.url,
		...(type === 'article-newspaper' ? { 'container-title': publisher } : { publisher }),
		...(genres[critique.kind] ? { genre: genres[critique.kind] } : {}),
		note: `Summarised at ${summaryUrl}${critique.read === 'excerpt' ? ' (from an excerpt)' : ''}`,
	};
}

/** The items in a bibliography file format. */
export function formatBibliography(items: readonly CslItem[], format: 'bibtex' | 'ris' | 'csl-json'): string {
	if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
	return new Cite(items).format(format);
}

/** An author-date reference (APA style) as plain text. */
export function authorDateCitation(item: CslItem): string {
	return new Cite([item]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
}
