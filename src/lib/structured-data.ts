/**
 * Structured data (schema.org, as JSON-LD) that says what each page is about. Our pages are summaries: each is a
 * WebPage `about` the thing it summarises (the Convention or one of its articles as a Legislation, a critique as a
 * Report, NewsArticle or Article with its publisher and date, an organisation, a State), never the thing itself.
 * Pure: objects only; BaseLayout writes them into the page.
 */
import type { Critique } from '../schemas/critique.ts';
import { officialLinks } from './official-links.ts';

export type JsonLd = Record<string, unknown>;
/** Absolute URL of a site path. */
export type Absolute = (path: string) => string;

const context = 'https://schema.org';

/** The Convention itself, as schema.org's Legislation, with the official text's address. */
export function convention(hasPart: JsonLd[] = []): JsonLd {
	return {
		'@type': 'Legislation',
		name: 'United Nations Convention against Cybercrime',
		alternateName: 'Hanoi Convention',
		legislationIdentifier: officialLinks.resolution.label,
		legislationDate: '2024-12-24',
		legislationType: 'Treaty',
		url: officialLinks.resolution.url,
		...(hasPart.length > 0 ? { hasPart } : {}),
	};
}

/** One article (or the preamble) of the Convention, as a part of it. */
export function provisionLegislation(label: string, title: string): JsonLd {
	return { '@type': 'Legislation', name: `${label}. ${title}`, legislationIdentifier: label, isPartOf: convention() };
}

/** The web site, with its search. */
export function website(name: string, description: string, absolute: Absolute): JsonLd {
	return {
		'@context': context,
		'@type': 'WebSite',
		name,
		description,
		url: absolute('/'),
		potentialAction: { '@type': 'SearchAction', target: `${absolute('/search/')}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
	};
}

/** A page of this site about something. */
export function webPage(page: { name: string; description: string; url: string }, about: JsonLd): JsonLd {
	return { '@context': context, '@type': 'WebPage', name: page.name, description: page.description, url: page.url, inLanguage: 'en', about };
}

const critiqueTypes: Record<Critique['kind'], string> = {
	statement: 'Report',
	analysis: 'Report',
	'press-release': 'Article',
	letter: 'Article',
	speech: 'Article',
	submission: 'Report',
	'news-report': 'NewsArticle',
	'op-ed': 'OpinionNewsArticle',
};

/** The piece a critique page summarises: its kind, title, publisher, authors and date, at its own address. */
export function critiqueWork(critique: Critique, publishers: string[]): JsonLd {
	return {
		'@type': critiqueTypes[critique.kind],
		headline: critique.title,
		datePublished: critique.date,
		url: critique.url,
		publisher: publishers.map((name) => ({ '@type': 'Organization', name })),
		...(critique.authors.length > 0 ? { author: critique.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
		about: convention(),
	};
}

/** An organisation; a government as a GovernmentOrganization. */
export function organisation(name: string, government: boolean, website: string | undefined): JsonLd {
	return { '@type': government ? 'GovernmentOrganization' : 'Organization', name, ...(website ? { url: website } : {}) };
}

/** A State as a Country with its ISO 3166 code; the EU as an organisation. */
export function state(name: string, code: string): JsonLd {
	return code === 'EU' ? { '@type': 'GovernmentOrganization', name } : { '@type': 'Country', name, identifier: code };
}
