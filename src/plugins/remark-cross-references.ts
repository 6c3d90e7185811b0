/**
 * remark plugin that turns references to the Convention in our prose into links to the exact anchor:
 * "article 24" -> /articles/24/, "art. 28(4)" -> /articles/28/#p4, "article 35, paragraph 1 (c)" -> #p1-c,
 * "articles 6 and 24" -> two links, "articles 7 to 11" -> /articles/7/, and, inside an article's own summary,
 * "paragraph 3 of this article" or "paragraph 3" -> that article's #p3.
 *
 * References to other instruments are left alone: "article 16 of UNTOC", "UNTOC article 28", "the Budapest Convention
 * (article 39)", "article 39 of the Council of Europe Convention on Cybercrime".
 *
 * The references found are listed in `file.data.crossReferences` (text, line, targets), so the build can check that
 * every target exists and list, for each article, the articles that refer to it. Headings, links, code and sourced
 * quotations are not touched. Run it before `remark-provision-parts`, whose headings must not be linked.
 */
import type { Link, Root, RootContent, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { articlesOf, parseCitation, refAnchor, type ProvisionRef } from '../lib/citation.ts';

/** One reference found in the text. */
export interface CrossReference {
	/** The words as written: "article 35, paragraph 1 (c)". */
	text: string;
	/** Line in the body. */
	line: number | undefined;
	/** What it points to (one entry per link made). */
	refs: ProvisionRef[];
}

declare module 'vfile' {
	interface DataMap {
		/** References to the Convention found in a body by `remark-cross-references`. */
		crossReferences: CrossReference[];
	}
}

/** Configuration of `remarkCrossReferences`. */
export interface Options {
	/** Base path the site is served under, ending in "/" (default "/"). */
	base?: string;
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
 * Link references to the Convention in text.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export default function remarkCrossReferences(options?: Options) {
	const base = options?.base ?? '/';

	return function transform(tree: Root, file: VFile): void {
		const frontmatter = (file.data.astro?.frontmatter ?? {}) as { kind?: unknown; number?: unknown };
		const current = frontmatter.kind === 'article' && typeof frontmatter.number === 'number' ? frontmatter.number : undefined;
		const found: CrossReference[] = [];

		visit(tree, (node, index, parent) => {
			if (node.type === 'heading' || node.type === 'link' || node.type === 'linkReference' || node.type === 'code' || node.type === 'inlineCode') return SKIP;
			if (node.type === 'containerDirective' && node.name === 'quote') return SKIP;
			if (node.type !== 'text' || !parent || index === undefined) return undefined;
			const pieces = linkText(node, current, base, found);
			if (!pieces) return undefined;
			parent.children.splice(index, 1, ...(pieces as typeof parent.children));
			return [SKIP, index + pieces.length];
		});

		file.data.crossReferences = found;
	};
}

/** Split one text node into text and links; undefined when it holds no reference. */
function linkText(node: Text, current: number | undefined, base: string, found: CrossReference[]): RootContent[] | undefined {
	const value = node.value;
	const out: RootContent[] = [];
	let last = 0;
	for (const match of value.matchAll(pattern)) {
		const start = match.index ?? 0;
		const accepted = longestResolvable(match[0], current);
		if (!accepted) continue;
		const { span, refs } = accepted;
		const before = value.slice(Math.max(0, start - 60), start).replace(/\s+/g, ' ');
		const after = value.slice(start + span.length, start + span.length + 60);
		if (start < last || foreignBefore.test(before) || foreignAfter.test(after)) continue;
		const links = splitIntoLinks(span, refs, base);
		if (start > last) out.push({ type: 'text', value: value.slice(last, start) });
		out.push(...links);
		found.push({ text: span, line: node.position?.start.line, refs });
		last = start + span.length;
	}
	if (out.length === 0) return undefined;
	if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
	return out;
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

/** One link per number when the references map one to one onto the numbers written, else one link for the span. */
function splitIntoLinks(span: string, refs: ProvisionRef[], base: string): Array<Text | Link> {
	const tokens = [...span.matchAll(/\d{1,2}(?:\s?\([^)]*\))*/g)];
	const ranges = refs.filter((ref) => ref.kind === 'range').length;
	if (refs.length > 1 && ranges === 0 && tokens.length === refs.length) {
		const out: Array<Text | Link> = [];
		let last = 0;
		tokens.forEach((token, position) => {
			const start = token.index ?? 0;
			const ref = refs[position] as ProvisionRef;
			const linkStart = position === 0 ? 0 : start;
			if (linkStart > last) out.push({ type: 'text', value: span.slice(last, linkStart) });
			out.push(link(span.slice(linkStart, start + token[0].length), ref, base));
			last = start + token[0].length;
		});
		if (last < span.length) out.push({ type: 'text', value: span.slice(last) });
		return out;
	}
	return [link(span, refs[0] as ProvisionRef, base)];
}

function link(text: string, ref: ProvisionRef, base: string): Link {
	const anchor = refAnchor(ref);
	const number = articlesOf(ref)[0];
	const path = number === undefined ? `${base}preamble/` : `${base}articles/${number}/`;
	return {
		type: 'link',
		url: anchor ? `${path}#${anchor}` : path,
		data: { hProperties: { className: ['xref'] } },
		children: [{ type: 'text', value: text }],
	};
}
