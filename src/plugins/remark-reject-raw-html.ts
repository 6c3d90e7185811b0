/**
 * remark plugin that stops the build on raw HTML in content (`<script>`, `<img onerror=…>`, `<div>`).
 *
 * Astro's Markdown pipeline passes raw HTML through to the page. Our content never needs it (the directives cover
 * structure, Markdown covers emphasis and links), so refusing it is simpler and safer than sanitising it. Links with
 * a `javascript:` or `data:` address are refused too.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../lib/fail-at.ts';

/** Configuration of `remarkRejectRawHtml`. */
export interface Options {
	/** URL schemes allowed in links and images (default: http, https, mailto). Relative links are always allowed. */
	allowedSchemes?: readonly string[];
}

const defaults: Required<Options> = { allowedSchemes: ['http', 'https', 'mailto'] };

/**
 * Fail on raw HTML and on links with a scheme outside the allowed list.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export default function remarkRejectRawHtml(options?: Options) {
	const settings = { ...defaults, ...options };

	return function transform(tree: Root, file: VFile): void {
		visit(tree, (node) => {
			if (node.type === 'html') {
				const snippet = node.value.trim().slice(0, 60);
				failAt(file, node, `Raw HTML is not allowed in content (found \`${snippet}\`); use Markdown instead`);
			}
			if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
				const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(node.url.trim())?.[1]?.toLowerCase();
				if (scheme !== undefined && !settings.allowedSchemes.includes(scheme)) {
					failAt(file, node, `Link address with the scheme "${scheme}:" is not allowed in content (${node.url.slice(0, 60)})`);
				}
			}
		});
	};
}
