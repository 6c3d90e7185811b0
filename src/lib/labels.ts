/**
 * How the site names things in running text and headings, in one place so every page says it the same way.
 */
import type { ClaimSide, ReaderWarning, Stance } from '../schemas/critique.ts';
import { organisationTypes, type OrganisationType } from '../schemas/organisation.ts';
import type { Basis } from '../schemas/provenance.ts';
import type { ParticipationAction, Reliability } from '../schemas/participation.ts';
import type { Certainty } from './certainty.ts';
import type { ParticipationStatus } from './participation.ts';
import { parsePartId } from './ids.ts';
import { toRoman } from './numbering.ts';

type ParticipationActionKind = ParticipationAction['action'];

/** "Chapter IV". */
export function chapterLabel(number: number): string {
	return `Chapter ${toRoman(number).toUpperCase()}`;
}

/** "Article 28". */
export function articleLabel(number: number): string {
	return `Article ${number}`;
}

/** The title of a provision's page (and its search result): "Article 28. Search and seizure…", "Preamble". */
export function provisionPageTitle(provision: { kind: 'article'; number: number; title: string } | { kind: 'preamble'; title: string }): string {
	return provision.kind === 'article' ? `${articleLabel(provision.number)}. ${provision.title}` : provision.title;
}

/** The title of a topic's page (and its search result): "Topic: Human rights". */
export function topicPageTitle(title: string): string {
	return `Topic: ${title}`;
}

/** What each certainty level means for a reader (the rule that derives it: src/lib/certainty.ts). */
export const certaintyLabels: Record<Certainty, { name: string; meaning: string }> = {
	high: { name: 'High', meaning: 'every part checked against a text of the Convention' },
	medium: { name: 'Medium', meaning: 'every part located and described by named sources, none checked against a text of the Convention' },
	low: { name: 'Low', meaning: "at least one part rests on the editors' knowledge only, not checked against any text or source" },
};

/**
 * What a basis means, in the words a page uses: `part` under each paragraph, point or sub-point (followed by the
 * sources' names for `sources`), `whole` for an article as a whole.
 */
export const basisLabels: Record<Basis, { part: string; whole: string }> = {
	'official-text': { part: 'Numbering and summary checked against the official text', whole: 'checked against the official text' },
	'arabic-text': {
		part: 'Numbering and summary checked against the Arabic text (unofficial copy)',
		whole: 'checked against an unofficial copy of the Arabic text, one of the Convention\'s six authentic languages',
	},
	sources: { part: 'Numbering located by', whole: 'described by named sources' },
	editors: { part: "Numbering not verified: the editors' knowledge only", whole: "the editors' knowledge only, not checked against any text of the Convention or any source" },
};

/** Stakeholder types in the order the site lists them, with their names. */
export const stakeholderOrder: readonly OrganisationType[] = organisationTypes;

export const stakeholderLabels: Record<OrganisationType, { one: string; many: string }> = {
	company: { one: 'Company', many: 'Companies' },
	'industry-group': { one: 'Industry group', many: 'Industry groups' },
	ngo: { one: 'NGO', many: 'NGOs' },
	'un-human-rights': { one: 'UN human-rights office', many: 'UN human-rights office' },
	'un-secretariat': { one: 'UN Secretariat', many: 'UN Secretariat and UNODC' },
	government: { one: 'Government', many: 'Governments' },
	intergovernmental: { one: 'Intergovernmental body', many: 'Intergovernmental bodies' },
	academic: { one: 'Academic or think tank', many: 'Academics and think tanks' },
	news: { one: 'News report', many: 'News reports' },
};

export const stanceLabels: Record<Stance, string> = {
	opposes: 'Opposes',
	'seeks-changes': 'Seeks changes',
	supports: 'Supports',
	'supports-with-concerns': 'Supports, with concerns',
	undecided: 'Undecided',
	mixed: 'Mixed',
	reports: 'Reports',
};

/** How each reader warning is said next to a claim. */
export const warningLabels: Record<ReaderWarning, string> = {
	mirror: 'read in a republished copy',
	translation: 'read in another language; summary and any translation ours',
	'machine-translation': 'read in an English that appears machine-translated',
	'ai-generated': 'from an AI-generated report, not an official record',
};

export const sideLabels: Record<ClaimSide, { one: string; many: string }> = {
	concern: { one: 'Concern', many: 'Concerns' },
	response: { one: 'Response', many: 'Responses' },
};

/** "2 concerns, 1 response". */
export function tallyLabel(concerns: number, responses: number): string {
	const part = (count: number, side: ClaimSide) => `${count} ${(count === 1 ? sideLabels[side].one : sideLabels[side].many).toLowerCase()}`;
	return [concerns > 0 && part(concerns, 'concern'), responses > 0 && part(responses, 'response')].filter(Boolean).join(', ');
}

/** "press-release" -> "press release". */
export function kindLabel(kind: string): string {
	return kind.replace(/-/g, ' ');
}

/** A part of an article in running text, from its anchor id: "p4" -> "paragraph 4", "p1-c" -> "paragraph 1 (c)", "h" -> "point (h)". */
export function partLabel(id: string): string {
	const address = parsePartId(id);
	if (!address) return id;
	const points = [address.point, address.subpoint].filter((piece) => piece !== undefined).map((piece) => `(${piece})`).join('');
	return address.paragraph !== undefined ? `paragraph ${address.paragraph}${points ? ` ${points}` : ''}` : `point ${points}`;
}

/**
 * The document title: "Article 28. Search and seizure … · Hanoi Convention Explorer", kept within 70 characters
 * (longer titles are cut in search results and tabs): the site name is dropped first, then the title is shortened at
 * a word boundary. The page's h1 always carries the full title.
 */
export function documentTitle(title: string, siteName: string, limit = 70): string {
	if (title === siteName) return title;
	const full = `${title} · ${siteName}`;
	// Counted as written in the HTML, where an apostrophe or ampersand becomes an entity (&#39; &amp;).
	const written = (text: string) => text.replace(/['"&<>]/g, '&#39;').length;
	if (written(full) <= limit) return full;
	if (written(title) <= limit) return title;
	limit -= written(title) - title.length;
	const cut = title.slice(0, limit - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).replace(/[\s,;:.(-]+$/, '')}…`;
}

/** How each participation status is named, on the map's legend, in tables and on State pages. */
export const participationStatusLabels: Record<ParticipationStatus, { name: string; meaning: string }> = {
	ratified: { name: 'Ratified', meaning: 'an instrument deposited with the UN, on the depositary\'s or an official source' },
	'ratification-reported': { name: 'Ratification reported, not confirmed', meaning: 'completed at home or reported by weaker sources; no deposit with the UN confirmed' },
	signed: { name: 'Signed', meaning: 'a signature on the depositary\'s record, or reported by an official, news or other source that is not of low reliability' },
	'signature-unconfirmed': { name: 'Signature reported, not confirmed', meaning: 'reported by low-reliability sources only' },
	none: { name: 'No signature found', meaning: 'none in the sources read; not proof that there was none' },
};

/** How each treaty action is named. */
export const actionLabels: Record<ParticipationActionKind, string> = {
	signature: 'Signature',
	'domestic-ratification': 'Ratification at home (not a deposit)',
	ratification: 'Ratification deposited',
	declaration: 'Declaration or reservation',
};

/** How each reliability level is named. */
export const reliabilityLabels: Record<Reliability, string> = {
	depositary: 'Depositary (UN Treaty Collection)',
	official: 'Official (government or UN)',
	'major-news': 'Major news organisation',
	other: 'Other source',
	low: 'Low reliability',
};
