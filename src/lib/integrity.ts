/**
 * Rules that span several content entries, which no single schema can check: every article 1 to 68 exactly once
 * and in the right file, chapters that cover 1 to 68 without gaps or overlaps, each article in the chapter whose range
 * holds it, and topics that exist; organisations and critiques that point at things that exist. Pure functions over
 * plain data, so tests can feed them small fixtures.
 */
import { chapterCount, lastArticleNumber, type Chapter } from '../schemas/chapter.ts';
import type { Critique } from '../schemas/critique.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Provision } from '../schemas/provision.ts';
import type { CrossReference } from './cross-references.ts';
import { articlesOf, describeRef, parseCitation, refAnchor, type ProvisionRef } from './citation.ts';
import type { ProvisionPart } from './provision-parts.ts';
import type { ContentProblem } from './content-error.ts';

/** A content entry together with the file it came from. */
export interface Located<T> {
	/** Entry id (the file name without extension, or the chapter number). */
	id: string;
	/** Path of the source file relative to the project. */
	file: string;
	data: T;
}

/** Everything the cross-entry rules look at. */
export interface ContentSet {
	chapters: ReadonlyArray<Located<Chapter>>;
	provisions: ReadonlyArray<Located<Provision>>;
	/** Ids of the topics that exist. */
	topicIds: ReadonlySet<string>;
	/** Folder of the provision files, used to name a missing one (default `content/provisions`). */
	provisionsDir?: string;
}

/** All problems found across entries; an empty list means the content holds together. */
export function checkIntegrity(content: ContentSet): ContentProblem[] {
	return [...checkChapters(content.chapters), ...checkProvisions(content)];
}

function checkChapters(chapters: ReadonlyArray<Located<Chapter>>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const file = chapters[0]?.file ?? 'content/chapters.yaml';
	const sorted = [...chapters].sort((a, b) => a.data.number - b.data.number);
	for (let number = 1; number <= chapterCount; number++) {
		if (!sorted.some((chapter) => chapter.data.number === number)) {
			problems.push({ file, field: 'number', message: `chapter ${number} is missing (chapters 1 to ${chapterCount} must all be listed)` });
		}
	}
	let expectedFirst = 1;
	for (const chapter of sorted) {
		const { number, firstArticle, lastArticle } = chapter.data;
		if (firstArticle !== expectedFirst) {
			const problem =
				firstArticle > expectedFirst
					? `leaves articles ${expectedFirst}-${firstArticle - 1} in no chapter`
					: `overlaps the chapter before it (article ${firstArticle} is already covered)`;
			problems.push({ file: chapter.file, field: 'firstArticle', message: `chapter ${number} starts at article ${firstArticle}: ${problem}` });
		}
		expectedFirst = lastArticle + 1;
	}
	if (sorted.length > 0 && expectedFirst !== lastArticleNumber + 1) {
		const last = sorted.at(-1);
		problems.push({
			file: last?.file ?? file,
			field: 'lastArticle',
			message: `the last chapter ends at article ${expectedFirst - 1}; the chapters must cover articles 1 to ${lastArticleNumber}`,
		});
	}
	return problems;
}

function checkProvisions({ chapters, provisions, topicIds, provisionsDir = 'content/provisions' }: ContentSet): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byNumber = new Map<number, Array<Located<Provision>>>();
	const preambles: Array<Located<Provision>> = [];

	for (const entry of provisions) {
		const { data, file } = entry;
		for (const topic of data.topics) {
			if (!topicIds.has(topic)) {
				problems.push({ file, field: 'topics', message: `unknown topic "${topic}" (known: ${[...topicIds].sort().join(', ')})` });
			}
		}
		if (data.kind === 'preamble') {
			preambles.push(entry);
			if (entry.id !== 'preamble') {
				problems.push({ file, field: 'kind', message: 'the preamble must be in content/provisions/preamble.md' });
			}
			continue;
		}

		const expectedId = `article-${String(data.number).padStart(2, '0')}`;
		if (entry.id !== expectedId) {
			problems.push({ file, field: 'number', message: `article ${data.number} must be in ${expectedId}.md, not ${entry.id}.md` });
		}
		byNumber.set(data.number, [...(byNumber.get(data.number) ?? []), entry]);

		const home = chapters.find((chapter) => chapter.data.firstArticle <= data.number && data.number <= chapter.data.lastArticle);
		const named = chapters.find((chapter) => chapter.data.number === data.chapter);
		if (!named) {
			problems.push({ file, field: 'chapter', message: `unknown chapter ${data.chapter} (chapters.yaml lists ${chapters.map((c) => c.data.number).join(', ')})` });
		} else if (home && home.data.number !== data.chapter) {
			problems.push({
				file,
				field: 'chapter',
				message: `article ${data.number} is in chapter ${home.data.number} (articles ${home.data.firstArticle}-${home.data.lastArticle}), not chapter ${data.chapter}`,
			});
		}
	}

	for (const [number, entries] of byNumber) {
		if (entries.length > 1) {
			for (const entry of entries) {
				const others = entries.filter((other) => other !== entry).map((other) => other.file);
				problems.push({ file: entry.file, field: 'number', message: `article ${number} is also defined in ${others.join(', ')}` });
			}
		}
	}
	for (let number = 1; number <= lastArticleNumber; number++) {
		if (!byNumber.has(number)) {
			const expected = `article-${String(number).padStart(2, '0')}.md`;
			problems.push({ file: `${provisionsDir}/${expected}`, field: 'file', message: `article ${number} is missing: every article 1 to ${lastArticleNumber} needs a file` });
		}
	}
	if (preambles.length !== 1) {
		problems.push({
			file: `${provisionsDir}/preamble.md`,
			field: 'file',
			message: preambles.length === 0 ? 'the preamble is missing' : `there are ${preambles.length} preambles; there must be one`,
		});
	}
	return problems;
}

/** What the critiques layer's rules look at. */
export interface CommentarySet {
	organisations: ReadonlyArray<Located<Organisation>>;
	critiques: ReadonlyArray<Located<Critique>>;
	/** Ids of the topics that exist. */
	topicIds: ReadonlySet<string>;
	/** For each article number, the ids of its numbered parts on the site. */
	outlines: ReadonlyMap<number, ReadonlySet<string>>;
}

/**
 * Problems in organisations and critiques: unknown organisations or topics, and provision references that name an
 * article, paragraph or point the site does not have.
 */
export function checkCommentary({ organisations, critiques, topicIds, outlines }: CommentarySet): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const orgIds = new Set(organisations.map((organisation) => organisation.id));
	const unknownOrg = (id: string) => `unknown organisation "${id}" (no file content/organisations/${id}.yaml)`;

	for (const organisation of organisations) {
		organisation.data.members.forEach((member, index) => {
			if (!orgIds.has(member)) problems.push({ file: organisation.file, field: `members[${index}]`, message: unknownOrg(member) });
		});
	}

	for (const critique of critiques) {
		const { file, data } = critique;
		data.organisations.forEach((id, index) => {
			if (!orgIds.has(id)) problems.push({ file, field: `organisations[${index}]`, message: unknownOrg(id) });
		});
		data.claims.forEach((claim, claimIndex) => {
			const field = (name: string) => `claims[${claimIndex}].${name}`;
			claim.attributedTo?.forEach((id, index) => {
				if (!orgIds.has(id)) problems.push({ file, field: `${field('attributedTo')}[${index}]`, message: unknownOrg(id) });
			});
			claim.topics.forEach((topic, index) => {
				if (!topicIds.has(topic)) problems.push({ file, field: `${field('topics')}[${index}]`, message: `unknown topic "${topic}"` });
			});
			claim.provisions.forEach((text, index) => {
				const message = unresolved(text, outlines);
				if (message) problems.push({ file, field: `${field('provisions')}[${index}]`, message });
			});
		});
		data.quotes.forEach((quote, index) => {
			if (quote.source && !data.sourceIds.includes(quote.source) && !quote.source.startsWith('seed/')) {
				problems.push({ file, field: `quotes[${index}].source`, message: `"${quote.source}" is not one of this file's sourceIds (${data.sourceIds.join(', ')})` });
			}
		});
	}
	return problems;
}

/** Why a provision reference does not resolve, or undefined when it does. */
function unresolved(text: string, outlines: ReadonlyMap<number, ReadonlySet<string>>): string | undefined {
	const refs = parseCitation(text);
	if (refs?.length !== 1 || !refs[0]) return `"${text}" is not one reference such as 28(4), 24, 7-11 or 2(h)`;
	const problem = missingTarget(refs[0], outlines);
	return problem && `"${text}": ${problem}`;
}

/** Why the part a reference names is not on the site, or undefined when it is. */
function missingTarget(ref: ProvisionRef, outlines: ReadonlyMap<number, ReadonlySet<string>>): string | undefined {
	const anchor = refAnchor(ref);
	if (ref.kind !== 'article' || anchor === undefined) return undefined;
	const parts = outlines.get(ref.article);
	if (!parts) return `article ${ref.article} does not exist`;
	if (parts.has(anchor)) return undefined;
	const shown = parts.size === 0 ? 'its summary shows no numbered parts, so refer to the whole article' : `parts on the site: ${[...parts].join(', ')}`;
	return `${describeRef(ref)} is not on the site (${shown})`;
}

/** A body's references to the Convention, as found by `remark-cross-references`. */
export interface BodyReferences {
	file: string;
	references: readonly CrossReference[];
}

/** Problems with cross-references in our prose: each must point at a part the site has. */
export function checkCrossReferences(bodies: readonly BodyReferences[], outlines: ReadonlyMap<number, ReadonlySet<string>>): ContentProblem[] {
	return bodies.flatMap(({ file, references }) =>
		references.flatMap((reference) =>
			reference.refs.flatMap((ref) => {
				const problem = missingTarget(ref, outlines);
				const where = reference.line === undefined ? 'body' : `body, line ${reference.line}`;
				return problem ? [{ file, field: where, message: `"${reference.text}" points to ${problem}` }] : [];
			}),
		),
	);
}

/** A provision with its parts, for the provenance rules. */
export interface ProvisionWithParts extends Located<Provision> {
	parts: readonly ProvisionPart[];
}

/**
 * Problems with what provisions say they rest on: every source named as a basis (of the provision or of one of its
 * parts) must be a critique file that exists and has a claim on that provision. (That every part has a basis at all
 * is checked where the parts are read: src/lib/provision-parts.ts.)
 */
export function checkProvenance(provisions: readonly ProvisionWithParts[], critiques: ReadonlyArray<Located<Critique>>): ContentProblem[] {
	const byId = new Map(critiques.map((critique) => [critique.id, critique]));
	const problems: ContentProblem[] = [];
	for (const { file, data, parts } of provisions) {
		const target = data.kind === 'article' ? `article ${data.number}` : 'the preamble';
		const mentions = (critique: Located<Critique>) =>
			critique.data.claims.some((claim) =>
				claim.provisions.some((text) =>
					(parseCitation(text) ?? []).some((ref) => (data.kind === 'article' ? articlesOf(ref).includes(data.number) : ref.kind === 'preamble')),
				),
			);
		const check = (id: string, field: string) => {
			const critique = byId.get(id);
			if (!critique) problems.push({ file, field, message: `"${id}" is not a source on the site (no file content/critiques/${id}.md)` });
			else if (!mentions(critique)) problems.push({ file, field, message: `"${id}" is named as a basis, but none of its claims is about ${target}` });
		};
		data.basisSources.forEach((id, index) => check(id, `basisSources[${index}]`));
		for (const part of parts) part.provenance.sources.forEach((id) => check(id, `body, ::${part.level} ${part.id}, sources`));
	}
	return problems;
}
