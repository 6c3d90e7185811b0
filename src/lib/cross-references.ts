/**
 * Finding references to the Convention in plain text: "article 24", "art. 28(4)", "article 35, paragraph 1 (c)",
 * "articles 6 and 24", "articles 7 to 11", and, inside an article's own summary, "paragraph 3 of this article" or
 * "paragraph 3". References to other instruments are left out: "article 16 of UNTOC", "UNTOC article 28", "the
 * Budapest Convention (article 39)". Pure: `remark-cross-references` links what it finds, and
 * `src/lib/provision-outline.ts` lists it for the build's checks.
 */
import { parseCitation, type ProvisionRef } from './citation.ts';

/** One reference found in a body. */
export interface CrossReference {
	/** The words as written: "article 35, paragraph 1 (c)". */
	text: string;
	/** Line in the body. */
	line: number | undefined;
	/** What it points to (one entry per link made). */
	refs: ProvisionRef[];
}

/** One reference in a string: where it starts, the words, what they point to. */
export interface FoundReference {
	start: number;
	span: string;
	refs: ProvisionRef[];
}

const article = String.raw`(?:articles?|arts?\.)`;
const number = String.raw`\d{1,2}(?:\s?\((?:\d{1,2}|[a-z]|[ivx]{1,4})\))*`;
const joiner = String.raw`(?:\s*,\s*|\s+(?:and|or|to)\s+)`;
const articleRef = String.raw`\b${article}\s+${number}(?:${joiner}(?:${article}\s+)?${number})*(?:,\s*paragraphs?\s+\d{1,2}(?:\s?\([a-z]\))?(?:\s?\([ivx]{1,4}\))?)?`;
const paragraphRef = String.raw`\bparagraphs?\s+\d{1,2}(?:\s?\([a-z]\))?(?:\s?\([ivx]{1,4}\))?(?:\s+and\s+\d{1,2})?(?:\s+of\s+(?:this\s+article|${article}\s+\d{1,2}))?`;
const pattern = new RegExp(`${articleRef}|${paragraphRef}`, 'gi');

/** Names of other instruments; a reference right after or right before one of them is not ours. */
const instrument = String.raw`(?:UNTOC|UNCAC|ICCPR|ICESCR|Budapest(?:\s+Convention)?|Council\s+of\s+Europe|Convention\s+on\s+Cybercrime|Transnational\s+Organi[sz]ed\s+Crime|against\s+Corruption|International\s+Covenant|Charter)`;
const foreignBefore = new RegExp(`${instrument}(?:'s)?(?:\\s+(?:article|provision))?\\s*[(,]?\\s*$`, 'i');
const foreignAfter = new RegExp(`^\\s*(?:of|in|under)\\s+(?:the\\s+)?(?:UN\\s+|United\\s+Nations\\s+)?${instrument}`, 'i');

/**
 * The references to the Convention in a string, in order, without overlaps.
 *
 * @param value The text.
 * @param current The number of the article whose summary the text is in, for "paragraph 3" (none elsewhere).
 */
export function findReferences(value: string, current: number | undefined): FoundReference[] {
	const found: FoundReference[] = [];
	let last = 0;
	for (const match of value.matchAll(pattern)) {
		const start = match.index ?? 0;
		const accepted = longestResolvable(match[0], current);
		if (!accepted) continue;
		const { span, refs } = accepted;
		const before = value.slice(Math.max(0, start - 60), start).replace(/\s+/g, ' ');
		const after = value.slice(start + span.length, start + span.length + 60);
		if (start < last || foreignBefore.test(before) || foreignAfter.test(after)) continue;
		found.push({ start, span, refs });
		last = start + span.length;
	}
	return found;
}

/**
 * The longest start of a matched span that resolves: "art. 28(4) and article 99" resolves only as "art. 28(4)"
 * (there is no article 99), so that part is linked and the rest left as text.
 */
function longestResolvable(match: string, current: number | undefined): { span: string; refs: ProvisionRef[] } | undefined {
	const cuts = [match.length, ...[...match.matchAll(new RegExp(joiner, 'gi'))].map((joint) => joint.index ?? 0).reverse()];
	for (const cut of cuts) {
		const span = match.slice(0, cut).replace(/[\s,]+$/, '');
		const refs = resolve(span, current);
		if (refs) return { span, refs };
	}
	return undefined;
}

/** What a span points to, through the project's citation grammar; undefined when it is not a reference we can place. */
function resolve(span: string, current: number | undefined): ProvisionRef[] | undefined {
	const text = span.replace(/\s+/g, ' ');
	if (/^paragraph/i.test(text)) {
		// "paragraph 3 of this article", "paragraph 1 (c)", "paragraphs 1 and 2", "paragraph 2 of article 23"
		const explicit = /of (?:articles?|arts?\.) (\d{1,2})$/i.exec(text);
		const number = explicit ? Number(explicit[1]) : current;
		if (number === undefined) return undefined;
		const body = text.replace(/\s+of\s+.*$/i, '').replace(/^paragraphs?\s+/i, '');
		const [first = '', second] = body.split(/\s+and\s+/i);
		const parts = /^(\d{1,2})(.*)$/.exec(first.replace(/\s+/g, ''));
		if (!parts) return undefined;
		return parseCitation(`${number}(${parts[1]})${parts[2] ?? ''}${second ? ` and (${second.trim()})` : ''}`);
	}
	return parseCitation(text);
}

