/**
 * rehype plugin that marks links to other sites in our Markdown: class `external`, `rel="noopener noreferrer"`, and
 * a visually hidden "(external site)" for screen readers (left out of the search index), the same as the
 * `ExternalLink` component gives links in templates.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Configuration of `rehypeExternalLinks`. */
export interface Options {
	/** Origin of the site itself, whose absolute links are not external (default: none, so every http(s) link is). */
	siteOrigin?: string;
}

/**
 * Mark external links.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export default function rehypeExternalLinks(options?: Options) {
	const siteOrigin = options?.siteOrigin;

	return function transform(tree: Root): void {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'a') return;
			const href = String(node.properties.href ?? '');
			if (!/^https?:\/\//i.test(href)) return;
			if (siteOrigin && new URL(href).origin === siteOrigin) return;
			const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
			node.properties.className = [...classes, 'external'];
			node.properties.rel = ['noopener', 'noreferrer'];
			node.children.push({
				type: 'element',
				tagName: 'span',
				properties: { className: ['visually-hidden'], dataPagefindIgnore: '' },
				children: [{ type: 'text', value: ' (external site)' }],
			});
		});
	};
}
