import { z } from 'astro/zod';
import { partLevels } from '../lib/numbering.ts';
import { claimSides, critiqueKinds, critiqueSchema, readerWarnings, stances } from './critique.ts';
import { organisationTypeSchema, personSchema } from './organisation.ts';
import { certaintyLevels } from '../lib/certainty.ts';
import { basisSchema } from './provenance.ts';
import { articleSchema, textStatusSchema } from './provision.ts';
import { participationActionSchema } from './participation.ts';
import { treatyIds } from './concordance.ts';
import { participationStatuses } from '../lib/participation.ts';

/**
 * The open-data exports (/data/*.json), version 1. Their JSON Schemas (/data/schema/v1/*.schema.json) are generated
 * from these definitions, and the tests validate every export against them. Change a field only with a new version.
 */
export const exportsVersion = '1';

const url = z.url().describe('absolute URL on this site');

/** One numbered part of a provision, as exported. */
const partExport = z.object({
	id: z.string().describe('anchor id: p4, p4-a, h'),
	level: z.enum(partLevels),
	number: z.string().describe('its own number: 4, a, ii'),
	term: z.string().optional().describe('the defined term, for a point of article 2'),
	basis: basisSchema.describe(
		"what the part's numbering and summary rest on: official-text or arabic-text (checked against that text of the Convention), sources (located by the sources named), editors (the editors' knowledge only: numbering not verified)",
	),
	basisSources: z.array(z.string()).describe('with basis sources: ids of the critiques (critiques.json) that locate the part'),
	uncertain: z.string().optional().describe('why the editors are unsure of this part, beyond its basis'),
	summary: z.string().describe("the editors' summary, plain text; not treaty wording"),
	url,
});

export const provisionExport = z.object({
	id: z.string().describe('preamble, or article-NN'),
	kind: z.enum(['preamble', 'article']),
	number: z.int().optional(),
	title: z.string(),
	titleStatus: articleSchema.shape.titleStatus.optional(),
	chapter: z.int().optional(),
	textStatus: textStatusSchema,
	inBrief: z.string(),
	certainty: z.enum(certaintyLevels).describe('derived from the bases of the provision and its parts: high (all checked against a text), medium (all located by sources), low (some rest on the editors\' knowledge only)'),
	basis: basisSchema.describe('what the provision as a whole (number, title, in-brief, overview) rests on'),
	basisSources: z.array(z.string()).describe('with basis sources: ids of the critiques that describe the provision'),
	certaintyNote: z.string().describe("the editors' note on what the summary rests on"),
	topics: z.array(z.string()),
	url,
	parts: z.array(partExport),
});

export const critiqueExport = z.object({
	id: z.string(),
	title: z.string(),
	organisations: z.array(z.string()),
	authors: z.array(z.string()),
	date: z.string().describe('ISO date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD'),
	kind: z.enum(critiqueKinds),
	stance: z.enum(stances),
	sourceUrl: z.url(),
	mirrors: z.array(z.url()),
	read: critiqueSchema.shape.read,
	numbering: critiqueSchema.shape.numbering,
	numberingNote: z.string().optional(),
	caveats: z.array(z.string()),
	warnings: z.array(z.enum(readerWarnings)).describe('shown with each claim: mirror, translation, machine-translation, ai-generated'),
	claims: z.array(z.string()).describe('ids of its claims in claims.json'),
	url,
});

export const claimExport = z.object({
	id: z.string().describe('<critique id>#<claim id>'),
	critique: z.string(),
	side: z.enum(claimSides),
	provisions: z.array(z.string()).describe('final numbering, citation grammar: 28(4), 7-11, 2(h)'),
	targets: z.array(url).describe('the anchors the provisions point to'),
	draftReference: z.string().optional(),
	topics: z.array(z.string()),
	speakers: z.array(z.string()).describe('organisation ids whose claim it is'),
	stakeholderType: organisationTypeSchema,
	date: z.string(),
	summary: z.string().describe('our words'),
	quotes: z.array(z.object({ text: z.string().describe('verbatim, at most 30 words'), speaker: z.string().optional() })),
	url,
});

export const organisationExport = z.object({
	id: z.string(),
	name: z.string(),
	shortName: z.string(),
	type: organisationTypeSchema,
	website: z.url().optional(),
	state: z.string().optional().describe('for a government: the code of the State (or EU) it speaks for; see participants.json'),
	members: z.array(z.string()),
	people: z.array(personSchema),
	description: z.string(),
	url,
});

/** One State (or the EU) with every treaty action found, each with its source and reliability. */
export const participantExport = z.object({
	code: z.string().describe('ISO 3166-1 alpha-3, or EU'),
	name: z.string().describe('as the depositary and UN documents give it'),
	commonName: z.string().optional(),
	kind: z.enum(['state', 'regional-organisation']),
	status: z.enum(participationStatuses).describe('derived from the actions: see /participants/'),
	asOf: z.string().describe('the date the research describes'),
	actions: z.array(participationActionSchema.omit({ state: true })),
	organisations: z.array(z.string()).describe('ids of organisations on this site that speak for it'),
	url,
});

/** One article of the UN Convention with its counterparts in other treaties and what each mapping rests on. */
export const concordanceExport = z.object({
	article: z.int().min(1).max(68),
	title: z.string().describe("the site's title of the article"),
	url,
	counterparts: z.array(
		z.object({
			treaty: z.enum(treatyIds),
			treatyName: z.string(),
			officialText: z.url(),
			articles: z.array(z.object({ number: z.string(), title: z.string().optional().describe('absent when not checked against the official text') })),
			basis: z.enum(['sources', 'editors']).describe("sources: critiques that make the comparison; editors: the editors' mapping by subject"),
			sources: z.array(url).describe('pages of the sources on this site'),
			difference: z.string().optional().describe('what a source says differs, in our words'),
		}),
	),
	none: z.array(z.enum(treatyIds)).describe('treaties in which the article has no counterpart'),
});

/** A W3C Web Annotation (JSON-LD) of one claim, targeting the paragraph it is about. */
export const annotationExport = z.object({
	id: url,
	type: z.literal('Annotation'),
	motivation: z.enum(['commenting', 'assessing']),
	created: z.string(),
	creator: z.array(z.object({ type: z.literal('Organization'), name: z.string(), id: url })),
	body: z.object({ type: z.literal('TextualBody'), value: z.string(), format: z.literal('text/plain'), language: z.literal('en') }),
	target: z.array(url).min(1),
});

/** Every JSON export is an envelope around its items. */
function envelope<T extends z.ZodType>(item: T) {
	return z.object({
		schemaVersion: z.literal(exportsVersion),
		generated: z.string().describe('build date'),
		note: z.string(),
		items: z.array(item),
	});
}

export const exportSchemas = {
	provisions: envelope(provisionExport),
	critiques: envelope(critiqueExport),
	claims: envelope(claimExport),
	organisations: envelope(organisationExport),
	participants: envelope(participantExport),
	concordance: envelope(concordanceExport),
	annotations: z.object({
		'@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
		type: z.literal('AnnotationCollection'),
		label: z.string(),
		total: z.int(),
		items: z.array(annotationExport),
	}),
} as const;

export type ExportName = keyof typeof exportSchemas;
export type ProvisionExport = z.infer<typeof provisionExport>;
export type CritiqueExport = z.infer<typeof critiqueExport>;
export type ClaimExport = z.infer<typeof claimExport>;
export type OrganisationExport = z.infer<typeof organisationExport>;
export type ParticipantExport = z.infer<typeof participantExport>;
export type ConcordanceExport = z.infer<typeof concordanceExport>;
export type AnnotationExport = z.infer<typeof annotationExport>;
