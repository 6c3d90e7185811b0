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
import { articlesOf, refAnchor, type ProvisionRef } from '../lib/citation.ts';
import { findReferences, type CrossReference } from '../lib/cross-references.ts';

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
	for (const { start, span, refs } of findReferences(value, current)) {
		if (start > last) out.push({ type: 'text', value: value.slice(last, start) });
		out.push(...splitIntoLinks(span, refs, base));
		found.push({ text: span, line: node.position?.start.line, refs });
		last = start + span.length;
	}
	if (out.length === 0) return undefined;
	if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
	return out;
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
