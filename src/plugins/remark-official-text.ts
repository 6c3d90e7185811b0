/**
 * remark plugin for verbatim official text imported into an article (`npm run import:text`):
 *
 * ```md
 * ::paragraph{n=4}
 * :::official
 * The verbatim text of paragraph 4.
 * :::
 * Our summary of paragraph 4.
 * ```
 *
 * becomes a labelled block, with our summary below it. Official text is refused in a file whose `textStatus` is not
 * `official`, so the site never shows treaty wording on a page that says it shows summaries only.
 */
import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../lib/fail-at.ts';

/** Configuration of `remarkOfficialText`. */
export interface Options {
	/** Label shown above the verbatim text (default: "Official text (A/RES/79/243, annex)"). */
	label?: string;
}

/**
 * Render `:::official` blocks, only in official-text files.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export default function remarkOfficialText(options?: Options) {
	const label = options?.label ?? 'Official text (A/RES/79/243, annex)';

	return function transform(tree: Root, file: VFile): void {
		const frontmatter = (file.data.astro?.frontmatter ?? {}) as { textStatus?: unknown };
		visit(tree, 'containerDirective', (node) => {
			if (node.name !== 'official') return;
			if (frontmatter.textStatus !== 'official') {
				failAt(file, node, ':::official: verbatim official text needs textStatus: official in the front matter');
			}
			const heading: Paragraph = { type: 'paragraph', data: { hProperties: { className: ['official__label'] } }, children: [{ type: 'text', value: label }] };
			node.data = { hName: 'div', hProperties: { className: ['official'] } };
			node.children = [heading, ...node.children];
		});
	};
}
