/**
 * The open-data exports, built from the checked site data: provisions (with their parts and our summaries),
 * critiques, claims, organisations, participants (also as CSV), the claims as CSV, the claims as W3C Web Annotations, and an Atom feed of
 * critiques. Shapes: src/schemas/exports.ts.
 */
import { buildDate } from './build-info.ts';
import { articlesOf, refAnchor } from './citation.ts';
import { articleCounterparts } from './concordance.ts';
import { articlePath, preamblePath, statePath } from './ids.ts';
import type { SiteData } from './site-data.ts';
import { exportsVersion, type AnnotationExport, type ClaimExport, type CritiqueExport, type ConcordanceExport, type OrganisationExport, type ParticipantExport, type ProvisionExport } from '../schemas/exports.ts';

const note = "Editors' summaries and claims in our words, not the official text of the Convention (A/RES/79/243); quotations are verbatim. See /about/.";

/** Absolute URLs under the site root (origin + base path, ending in "/"). */
export type Absolute = (path: string) => string;

function envelope<T>(items: T[]) {
	return { schemaVersion: exportsVersion, generated: buildDate, note, items } as const;
}

export function provisionsExport(site: SiteData, absolute: Absolute) {
	const items: ProvisionExport[] = [site.preamble, ...site.articles].map((entry) => {
		const data = entry.data;
		const page = data.kind === 'article' ? articlePath(data.number) : preamblePath;
		const parts = site.parts.get(entry.id) ?? [];
		return {
			id: entry.id,
			kind: data.kind,
			...(data.kind === 'article' ? { number: data.number, titleStatus: data.titleStatus, chapter: data.chapter } : {}),
			title: data.title,
			textStatus: data.textStatus,
			inBrief: data.inBrief,
			certainty: site.certainty.get(entry.id) ?? 'low',
			basis: data.basis,
			basisSources: data.basisSources,
			certaintyNote: data.certaintyNote,
			topics: data.topics,
			url: absolute(page),
			parts: parts.map((part) => ({
				id: part.id,
				level: part.level,
				number: part.number,
				...(part.term ? { term: part.term } : {}),
				basis: part.provenance.basis,
				basisSources: [...part.provenance.sources],
				...(part.uncertain ? { uncertain: part.uncertain } : {}),
				summary: part.summary,
				url: absolute(`${page}#${part.id}`),
			})),
		};
	});
	return envelope(items);
}

export function critiquesExport(site: SiteData, absolute: Absolute) {
	const items: CritiqueExport[] = site.critiques.map(({ id, data }) => ({
		id,
		title: data.title,
		organisations: data.organisations,
		authors: data.authors,
		date: data.date,
		kind: data.kind,
		stance: data.stance,
		sourceUrl: data.url,
		mirrors: data.mirrors,
		read: data.read,
		numbering: data.numbering,
		...(data.numberingNote ? { numberingNote: data.numberingNote } : {}),
		caveats: data.caveats,
		warnings: data.warnings,
		claims: data.claims.map((claim) => `${id}#${claim.id}`),
		url: absolute(`/critiques/${id}/`),
	}));
	return envelope(items);
}

function targetsOf(view: SiteData['claims'][number], absolute: Absolute): string[] {
	return view.refs.flatMap((ref) => {
		if (ref.kind === 'preamble') return [absolute(preamblePath)];
		const anchor = refAnchor(ref);
		return articlesOf(ref).map((number) => absolute(`${articlePath(number)}${anchor ? `#${anchor}` : ''}`));
	});
}

export function claimsExport(site: SiteData, absolute: Absolute) {
	const items: ClaimExport[] = site.claims.map((view) => ({
		id: `${view.critiqueId}#${view.claim.id}`,
		critique: view.critiqueId,
		side: view.claim.side,
		provisions: view.claim.provisions,
		targets: targetsOf(view, absolute),
		...(view.claim.draftReference ? { draftReference: view.claim.draftReference } : {}),
		topics: view.claim.topics,
		speakers: view.speakers,
		stakeholderType: view.stakeholderType,
		date: view.critique.date,
		summary: view.claim.summary,
		quotes: view.quotes.map((quote) => ({ text: quote.text, ...(quote.speaker ? { speaker: quote.speaker } : {}) })),
		url: absolute(`/critiques/${view.critiqueId}/#claim-${view.claim.id}`),
	}));
	return envelope(items);
}

export function organisationsExport(site: SiteData, absolute: Absolute) {
	const items: OrganisationExport[] = [...site.organisations.values()]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((organisation) => ({
			id: organisation.id,
			name: organisation.name,
			shortName: organisation.shortName,
			type: organisation.type,
			...(organisation.website ? { website: organisation.website } : {}),
			...(organisation.state ? { state: organisation.state } : {}),
			members: organisation.members,
			people: organisation.people,
			description: organisation.description,
			url: absolute(`/organisations/${organisation.id}/`),
		}));
	return envelope(items);
}

export function participantsExport(site: SiteData, absolute: Absolute) {
	const items: ParticipantExport[] = site.states.map((record) => ({
		code: record.code,
		name: record.name,
		...(record.commonName ? { commonName: record.commonName } : {}),
		kind: record.kind,
		status: record.status,
		asOf: site.participation.asOf,
		actions: record.actions.map(({ state: _state, ...action }) => action),
		organisations: record.organisations,
		url: absolute(statePath(record.code)),
	}));
	return envelope(items);
}

export function concordanceExport(site: SiteData, absolute: Absolute) {
	const items: ConcordanceExport[] = site.concordance.articles.map((entry) => {
		const view = articleCounterparts(site.concordance, entry);
		return {
			article: entry.article,
			title: site.articles[entry.article - 1]?.data.title ?? '',
			url: absolute(articlePath(entry.article)),
			counterparts: view.counterparts.map((counterpart) => ({
				treaty: counterpart.treaty,
				treatyName: site.concordance.treaties[counterpart.treaty].name,
				officialText: counterpart.url,
				articles: counterpart.titled.map((article) => ({ number: article.number, ...(article.title ? { title: article.title } : {}) })),
				basis: counterpart.basis,
				sources: counterpart.sources.map((id) => absolute(`/critiques/${id}/`)),
				...(counterpart.difference ? { difference: counterpart.difference } : {}),
			})),
			none: entry.none,
		};
	});
	return envelope(items);
}

/** participants.csv: one row per action and source; a State with no action found has one row with the action empty. */
const participantsCsvColumns = ['code', 'name', 'status', 'action', 'date', 'dateNote', 'source', 'publisher', 'sourceDate', 'reliability', 'note', 'asOf'] as const;

export function participantsCsv(site: SiteData, absolute: Absolute): string {
	const rows = participantsExport(site, absolute).items.flatMap((item) =>
		(item.actions.length > 0 ? item.actions : [undefined]).map((action) => [
			item.code,
			item.name,
			item.status,
			action?.action ?? '',
			action?.date ?? '',
			action?.dateNote ?? '',
			action?.source ?? '',
			action?.publisher ?? '',
			action?.sourceDate ?? '',
			action?.reliability ?? '',
			action?.note ?? '',
			item.asOf,
		]),
	);
	return `${[[...participantsCsvColumns], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Each claim as a W3C Web Annotation whose targets are the paragraphs it is about. */
export function annotationsExport(site: SiteData, absolute: Absolute) {
	const items: AnnotationExport[] = site.claims.map((view) => ({
		id: absolute(`/critiques/${view.critiqueId}/#claim-${view.claim.id}`),
		type: 'Annotation',
		motivation: view.claim.side === 'concern' ? 'assessing' : 'commenting',
		created: view.critique.date,
		creator: view.speakers.map((id) => ({ type: 'Organization', name: site.organisations.get(id)?.name ?? id, id: absolute(`/organisations/${id}/`) })),
		body: { type: 'TextualBody', value: view.claim.summary, format: 'text/plain', language: 'en' },
		target: targetsOf(view, absolute),
	}));
	return { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', label: 'Claims about the UN Convention against Cybercrime', total: items.length, items } as const;
}

/** The columns of claims.csv, in order: each is described once, for the file and for its CSVW metadata. */
const claimsCsvColumns: ReadonlyArray<{ name: string; description: string; value: (claim: ClaimExport) => string }> = [
	{ name: 'id', description: 'Claim id: critique id, "#", claim id.', value: (claim) => claim.id },
	{ name: 'critique', description: 'Id of the critique the claim comes from (/critiques/<id>/).', value: (claim) => claim.critique },
	{ name: 'date', description: 'Date of the critique: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows.', value: (claim) => claim.date },
	{ name: 'side', description: 'concern or response.', value: (claim) => claim.side },
	{ name: 'provisions', description: 'Provisions the claim is about, in final numbering, separated by "; " (28(4), 24, 7-11, preamble).', value: (claim) => claim.provisions.join('; ') },
	{ name: 'topics', description: 'Topic ids, separated by "; ".', value: (claim) => claim.topics.join('; ') },
	{ name: 'speakers', description: 'Organisation ids of whoever made the claim, separated by "; ".', value: (claim) => claim.speakers.join('; ') },
	{ name: 'stakeholder_type', description: 'Stakeholder type of the first speaker.', value: (claim) => claim.stakeholderType },
	{ name: 'draft_reference', description: "The source's own article reference when it cited a draft's numbering; empty otherwise.", value: (claim) => claim.draftReference ?? '' },
	{ name: 'summary', description: 'The claim in our words (not a quotation).', value: (claim) => claim.summary },
	{ name: 'url', description: 'Address of the claim on the site.', value: (claim) => claim.url },
];

const csvField = (field: string) => `"${field.replace(/"/g, '""')}"`;

/** The claims as CSV (RFC 4180: every field quoted, CRLF line ends, a header row). */
export function claimsCsv(site: SiteData, absolute: Absolute): string {
	const header = claimsCsvColumns.map((column) => column.name);
	const rows = claimsExport(site, absolute).items.map((claim) => claimsCsvColumns.map((column) => column.value(claim)));
	return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** W3C CSV on the Web (CSVW) metadata for claims.csv: its columns, described. */
export function claimsCsvMetadata(absolute: Absolute) {
	return {
		'@context': 'http://www.w3.org/ns/csvw',
		url: absolute('/data/claims.csv'),
		'dc:title': 'Claims about the UN Convention against Cybercrime',
		'dc:description': note,
		dialect: { header: true, doubleQuote: true, lineTerminators: ['\r\n'] },
		tableSchema: {
			columns: claimsCsvColumns.map((column) => ({ name: column.name, titles: column.name, datatype: 'string', 'dc:description': column.description })),
			primaryKey: 'id',
		},
	} as const;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Atom feed of critiques, newest first. A partial date is dated to its first day, and says so. */
export function critiquesFeed(site: SiteData, absolute: Absolute): string {
	const stamp = (date: string) => `${[...date.split('-'), '01', '01'].slice(0, 3).join('-')}T00:00:00Z`;
	const entries = site.critiques.map(({ id, data }) => {
		const who = data.organisations.map((org) => site.organisations.get(org)?.name ?? org).join(', ');
		const partial = data.date.length < 10 ? ` (dated ${data.date}; the feed puts it on the first day)` : '';
		return [
			'\t<entry>',
			`\t\t<id>${xml(absolute(`/critiques/${id}/`))}</id>`,
			`\t\t<title>${xml(data.title)}</title>`,
			`\t\t<updated>${stamp(data.date)}</updated>`,
			`\t\t<author><name>${xml(who)}</name></author>`,
			`\t\t<link rel="alternate" type="text/html" href="${xml(absolute(`/critiques/${id}/`))}"/>`,
			`\t\t<summary>${xml(`${data.claims.length} claim(s), stance: ${data.stance}${partial}. ${data.claims[0]?.summary ?? ''}`)}</summary>`,
			'\t</entry>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		'\t<title>Critiques and responses: UN Convention against Cybercrime</title>',
		`\t<id>${xml(absolute('/critiques/'))}</id>`,
		`\t<link rel="self" href="${xml(absolute('/critiques/feed.xml'))}"/>`,
		`\t<link rel="alternate" type="text/html" href="${xml(absolute('/critiques/'))}"/>`,
		`\t<updated>${stamp(site.critiques[0]?.data.date ?? buildDate)}</updated>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
