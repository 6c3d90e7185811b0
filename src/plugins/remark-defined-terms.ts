/**
 * remark plugin that marks the first use of each term defined in article 2 ("serious crime", "traffic data") in a
 * body, with a disclosure that shows our summary of the definition and a link to it. The disclosure is a button and
 * a native popover (`popovertarget`): it opens by click, tap and keyboard, never by hover, needs no JavaScript, and
 * its text is left out of the search index.
 *
 * Article 2 itself is left alone (its terms are its headings). Links, headings, code and sourced quotations too.
 * Run it after `remark-cross-references`, so that references are already links.
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { DefinedTerm } from '../lib/defined-terms.ts';

/** Configuration of `remarkDefinedTerms`. */
export interface Options {
	/** The terms to mark (default: none). */
	terms?: readonly DefinedTerm[];
	/** Base path the site is served under, ending in "/" (default "/"). */
	base?: string;
	/** Article whose body holds the definitions and is left alone (default 2). */
	definitionsArticle?: number;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Mark the first use of each defined term.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export default function remarkDefinedTerms(options?: Options) {
	const terms = options?.terms ?? [];
	const base = options?.base ?? '/';
	const definitionsArticle = options?.definitionsArticle ?? 2;
	const spellings = terms
		.flatMap((term) => [term.term, ...(term.aliases ?? [])].map((spelling) => ({ spelling, term })))
		.sort((a, b) => b.spelling.length - a.spelling.length);
	const pattern = spellings.length > 0 ? new RegExp(`\\b(${spellings.map((entry) => escape(entry.spelling)).join('|')})s?\\b`, 'gi') : undefined;

	return function transform(tree: Root, file: VFile): void {
		const frontmatter = (file.data.astro?.frontmatter ?? {}) as { kind?: unknown; number?: unknown };
		if (!pattern || (frontmatter.kind === 'article' && frontmatter.number === definitionsArticle)) return;
		const used = new Set<string>();

		visit(tree, (node, index, parent) => {
			if (node.type === 'heading' || node.type === 'link' || node.type === 'linkReference' || node.type === 'code' || node.type === 'inlineCode') return SKIP;
			if (node.type === 'containerDirective' && node.name === 'quote') return SKIP;
			if (node.type !== 'text' || !parent || index === undefined) return undefined;
			const pieces = mark(node);
			if (!pieces) return undefined;
			parent.children.splice(index, 1, ...(pieces as typeof parent.children));
			return [SKIP, index + pieces.length];
		});

		function mark(node: Text): PhrasingContent[] | undefined {
			const out: PhrasingContent[] = [];
			let last = 0;
			for (const match of node.value.matchAll(pattern as RegExp)) {
				const found = spellings.find((entry) => entry.spelling.toLowerCase() === (match[1] ?? '').toLowerCase());
				if (!found || used.has(found.term.id)) continue;
				used.add(found.term.id);
				const start = match.index ?? 0;
				if (start > last) out.push({ type: 'text', value: node.value.slice(last, start) });
				out.push(disclosure(match[0], found.term));
				last = start + match[0].length;
			}
			if (out.length === 0) return undefined;
			if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
			return out;
		}
	};

	function disclosure(words: string, term: DefinedTerm): PhrasingContent {
		const popoverId = `term-${term.id}`;
		return {
			type: 'emphasis',
			data: {
				hName: 'span',
				hProperties: { className: ['term'] },
				hChildren: [
					{
						type: 'element',
						tagName: 'button',
						properties: { type: 'button', className: ['term__button'], popovertarget: popoverId, ariaLabel: `${words}: show the definition` },
						children: [{ type: 'text', value: words }],
					},
					{
						type: 'element',
						tagName: 'span',
						properties: { id: popoverId, popover: 'auto', className: ['term__popover'], dataPagefindIgnore: 'all', role: 'note' },
						children: [
							{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: `${term.term[0]?.toUpperCase()}${term.term.slice(1)}` }] },
							{ type: 'text', value: ` (article 2 (${term.id}), our summary): ${term.summary} ` },
							{ type: 'element', tagName: 'a', properties: { href: `${base}articles/2/#${term.id}` }, children: [{ type: 'text', value: 'Read the definition' }] },
						],
					},
				],
			},
			children: [{ type: 'text', value: words }],
		};
	}
}
