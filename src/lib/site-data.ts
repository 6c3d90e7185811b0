/**
 * The content as the pages use it: loaded from the collections, checked as a whole (see `integrity.ts`), sorted,
 * and linked up (chapters hold their articles, topics list theirs). Loaded once per build; a content problem stops
 * the build with a `ContentError` naming the file, field and problem.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Chapter } from '../schemas/chapter.ts';
import type { Article, Preamble } from '../schemas/provision.ts';
import type { TimelineEvent } from '../schemas/timeline-event.ts';
import type { Topic } from '../schemas/topic.ts';
import type { AnchorAlias } from '../schemas/anchor-alias.ts';
import type { Critique } from '../schemas/critique.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { buildClaimViews, type ClaimView } from './commentary.ts';
import { contentDir } from './content-dir.ts';
import { ContentError } from './content-error.ts';
import { articlesOf } from './citation.ts';
import { deriveCertainty, type Certainty } from './certainty.ts';
import { checkCommentary, checkCrossReferences, checkIntegrity, checkProvenance, type BodyReferences, type ProvisionWithParts } from './integrity.ts';
import { analyseBody } from './provision-outline.ts';
import { checkStates, stateRecords, type StateRecord } from './participation.ts';
import type { Participation } from '../schemas/participation.ts';
import type { Concordance } from '../schemas/concordance.ts';
import { checkConcordance } from './concordance.ts';
import type { ProvisionPart } from './provision-parts.ts';

/** An article entry, narrowed to article front matter. */
export type ArticleEntry = CollectionEntry<'provisions'> & { data: Article };
/** The preamble entry. */
export type PreambleEntry = CollectionEntry<'provisions'> & { data: Preamble };
/** A chapter with its articles in order. */
export interface ChapterWithArticles extends Chapter {
	articles: ArticleEntry[];
}
/** A topic with its id and the provisions tagged with it, preamble first then by article number. */
export interface TopicWithProvisions extends Topic {
	id: string;
	entry: CollectionEntry<'topics'>;
	provisions: Array<ArticleEntry | PreambleEntry>;
}

/** An organisation with its id. */
export interface OrganisationWithId extends Organisation {
	id: string;
}

/** A critique entry, sorted newest first in `SiteData.critiques`. */
export type CritiqueEntry = CollectionEntry<'critiques'> & { data: Critique };

export interface SiteData {
	preamble: PreambleEntry;
	/** Articles 1 to 68 in order. */
	articles: ArticleEntry[];
	chapters: ChapterWithArticles[];
	/** Topics in their set order. */
	topics: TopicWithProvisions[];
	/** Timeline events in date order. */
	timeline: TimelineEvent[];
	/** Organisations by id. */
	organisations: Map<string, OrganisationWithId>;
	/** Critiques, newest first. */
	critiques: CritiqueEntry[];
	/** Every claim, newest critique first. */
	claims: ClaimView[];
	/** For each article, the articles whose summaries refer to it, in order. */
	referencedBy: Map<number, number[]>;
	/** Anchors that had to change, and where they lead now. */
	anchorAliases: AnchorAlias[];
	/** The numbered parts of each provision, by entry id (`article-28`, `preamble`), read once per build. */
	parts: Map<string, ProvisionPart[]>;
	/** The certainty of each provision, by entry id, derived from what it and its parts rest on. */
	certainty: Map<string, Certainty>;
	/** Every State (and the EU) the site names, by name, with its actions and derived status. */
	states: StateRecord[];
	/** The participation file's as-of date, depositary address, unknowns and update notes (its actions are in `states`). */
	participation: Participation;
	/** Each article's counterparts in Budapest, UNTOC and UNCAC (content/concordance.yaml). */
	concordance: Concordance;
}

let cached: Promise<SiteData> | undefined;

/** The checked content of the site (loaded and checked once per build). */
export function getSiteData(): Promise<SiteData> {
	cached ??= load();
	return cached;
}

function relativePath(filePath: string | undefined, fallback: string): string {
	return (filePath ?? fallback).replace(/^\.\//, '');
}

async function load(): Promise<SiteData> {
	const [provisionEntries, chapterEntries, topicEntries, timelineEntries, organisationEntries, critiqueEntries, aliasEntries] = await Promise.all([
		getCollection('provisions'),
		getCollection('chapters'),
		getCollection('topics'),
		getCollection('timeline'),
		getCollection('organisations'),
		getCollection('critiques'),
		getCollection('anchorAliases'),
	]);
	const [stateEntries, participationEntries, concordanceEntries] = await Promise.all([getCollection('states'), getCollection('participation'), getCollection('concordance')]);
	const concordance = concordanceEntries[0]?.data;
	if (!concordance) throw new ContentError([{ file: `${contentDir}/concordance.yaml`, field: 'file', message: 'missing' }]);
	const participation = participationEntries[0]?.data;
	if (!participation) throw new ContentError([{ file: `${contentDir}/participation.yaml`, field: 'file', message: 'missing' }]);

	const fileOf = (entry: { id: string; filePath?: string | undefined }, folder: string, extension: string) =>
		relativePath(entry.filePath, `${contentDir}/${folder}/${entry.id}.${extension}`);
	const topicIds = new Set(topicEntries.map((entry) => entry.id));
	const outlines = new Map<number, Set<string>>();
	const bodies: BodyReferences[] = [];
	const referencedBy = new Map<number, number[]>();
	const partsById = new Map<string, ProvisionPart[]>();
	const withParts: ProvisionWithParts[] = [];
	for (const entry of provisionEntries) {
		const file = fileOf(entry, 'provisions', 'md');
		const { parts, crossReferences } = analyseBody(entry.body ?? '', file, entry.data);
		bodies.push({ file, references: crossReferences });
		partsById.set(entry.id, parts);
		withParts.push({ id: entry.id, file, data: entry.data, parts });
		if (entry.data.kind !== 'article') continue;
		outlines.set(entry.data.number, new Set(parts.map((part) => part.id)));
		for (const target of new Set(crossReferences.flatMap((reference) => reference.refs.flatMap(articlesOf)))) {
			if (target !== entry.data.number) referencedBy.set(target, [...(referencedBy.get(target) ?? []), entry.data.number]);
		}
	}
	for (const [collection, folder] of [
		[critiqueEntries, 'critiques'],
		[topicEntries, 'topics'],
	] as const) {
		for (const entry of collection) {
			const file = fileOf(entry, folder, 'md');
			bodies.push({ file, references: analyseBody(entry.body ?? '', file).crossReferences });
		}
	}

	const problems = checkIntegrity({
		chapters: chapterEntries.map((entry) => ({ id: entry.id, file: relativePath(`${contentDir}/chapters.yaml`, ''), data: entry.data })),
		provisions: provisionEntries.map((entry) => ({
			id: entry.id,
			file: relativePath(entry.filePath, `content/provisions/${entry.id}.md`),
			data: entry.data,
		})),
		topicIds,
		provisionsDir: relativePath(`${contentDir}/provisions`, 'content/provisions'),
	});
	problems.push(
		...checkCommentary({
			organisations: organisationEntries.map((entry) => ({ id: entry.id, file: fileOf(entry, 'organisations', 'yaml'), data: entry.data })),
			critiques: critiqueEntries.map((entry) => ({ id: entry.id, file: fileOf(entry, 'critiques', 'md'), data: entry.data })),
			topicIds,
			outlines,
		}),
		...checkCrossReferences(bodies, outlines),
		...checkProvenance(
			withParts,
			critiqueEntries.map((entry) => ({ id: entry.id, file: fileOf(entry, 'critiques', 'md'), data: entry.data })),
		),
		...checkStates({
			statesFile: relativePath(`${contentDir}/states.yaml`, ''),
			states: stateEntries.map((entry) => entry.data),
			participationFile: relativePath(`${contentDir}/participation.yaml`, ''),
			actions: participation.actions,
			organisations: organisationEntries.map((entry) => ({ id: entry.id, file: fileOf(entry, 'organisations', 'yaml'), data: entry.data })),
		}),
		...checkConcordance(concordance, relativePath(`${contentDir}/concordance.yaml`, ''), new Set(critiqueEntries.map((entry) => entry.id))),
	);
	if (problems.length > 0) throw new ContentError(problems);

	const articles = provisionEntries
		.filter((entry): entry is ArticleEntry => entry.data.kind === 'article')
		.sort((a, b) => a.data.number - b.data.number);
	const preamble = provisionEntries.find((entry): entry is PreambleEntry => entry.data.kind === 'preamble');
	if (!preamble) throw new Error('unreachable: checkIntegrity requires a preamble');

	const chapters = chapterEntries
		.map((entry) => ({
			...entry.data,
			articles: articles.filter((article) => article.data.chapter === entry.data.number),
		}))
		.sort((a, b) => a.number - b.number);

	const topics = topicEntries
		.map((entry) => ({
			...entry.data,
			id: entry.id,
			entry,
			provisions: [preamble, ...articles].filter((provision) => provision.data.topics.includes(entry.id)),
		}))
		.sort((a, b) => a.order - b.order);

	// Dated events in order, pending ones (no date) last.
	const timeline = timelineEntries.map((entry) => entry.data).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));

	const organisations = new Map(organisationEntries.map((entry) => [entry.id, { ...entry.data, id: entry.id }]));
	const critiques = [...critiqueEntries].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
	const claims = buildClaimViews(
		critiques.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, data: entry.data })),
		(id) => organisations.get(id)?.type ?? 'news',
	);

	for (const sources of referencedBy.values()) sources.sort((a, b) => a - b);

	const anchorAliases = aliasEntries.map((entry) => entry.data);

	const certainty = new Map(
		provisionEntries.map((entry) => [
			entry.id,
			deriveCertainty({ basis: entry.data.basis, sources: entry.data.basisSources }, (partsById.get(entry.id) ?? []).map((part) => part.provenance)),
		]),
	);

	const states = stateRecords(
		stateEntries.map((entry) => entry.data),
		participation.actions,
		[...organisations.values()],
	);

	return { preamble, articles, chapters, topics, timeline, organisations, critiques, claims, referencedBy, anchorAliases, parts: partsById, certainty, states, participation, concordance };
}
