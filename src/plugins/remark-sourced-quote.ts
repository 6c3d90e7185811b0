/**
 * remark plugin for verbatim treaty wording quoted by a reliable source:
 *
 * ```md
 * :::quote{source="UN Treaty Collection" url="https://treaties.un.org/..."}
 * This Convention shall enter into force ...
 * :::
 * ```
 *
 * becomes `<figure class="sourced-quote"><blockquote cite="…">…</blockquote><figcaption>Verbatim, as quoted by
 * <a href="…">UN Treaty Collection</a></figcaption></figure>`. Both attributes are required and the URL must be
 * https, so the site never shows treaty wording without saying where it comes from.
 */
import type { BlockContent, DefinitionContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../lib/fail-at.ts';

/** Configuration of `remarkSourcedQuote`. */
export interface Options {
	/** Text of the caption before the source's name (default: "Verbatim, as quoted by"). */
	captionPrefix?: string;
}

const defaults: Required<Options> = { captionPrefix: 'Verbatim, as quoted by' };

/**
 * Turn `:::quote{source url}` blocks into captioned quotations.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export default function remarkSourcedQuote(options?: Options) {
	const settings = { ...defaults, ...options };

	return function transform(tree: Root, file: VFile): void {
		visit(tree, 'containerDirective', (node) => {
			if (node.name !== 'quote') return;
			const attributes = node.attributes ?? {};
			for (const key of Object.keys(attributes)) {
				if (key !== 'source' && key !== 'url') {
					failAt(file, node, `:::quote: unknown attribute "${key}" (allowed: source, url)`);
				}
			}
			const source = attributes.source?.trim();
			const url = attributes.url?.trim();
			if (!source) failAt(file, node, ':::quote: the source is missing; write :::quote{source="..." url="https://..."}');
			if (!url || !/^https:\/\/[^\s"]+$/.test(url)) {
				failAt(file, node, `:::quote{source="${source}"}: "url" must be the https address of the source`);
			}
			if (node.children.length === 0) failAt(file, node, `:::quote{source="${source}"}: the quotation is empty`);

			const quoted = node.children as Array<BlockContent | DefinitionContent>;
			node.data = { hName: 'figure', hProperties: { className: ['sourced-quote'] } };
			node.children = [
				{
					type: 'blockquote',
					data: { hProperties: { cite: url } },
					children: quoted,
				},
				{
					type: 'paragraph',
					data: { hName: 'figcaption' },
					children: [
						{ type: 'text', value: `${settings.captionPrefix} ` },
						{ type: 'link', url, children: [{ type: 'text', value: source }] },
					],
				},
			];
		});
	};
}
