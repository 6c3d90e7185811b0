/**
 * Renders a provision body with the site's Markdown pipeline (the same plugins astro.config.mjs gives Astro), and
 * cuts the result at its annotation slots so the article page can place commentary beside each part.
 * Astro's own `render()` gives only a component, with no way to put anything inside the rendered text.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from '../plugins/index.ts';
import rehypePrefixIds from '../plugins/rehype-prefix-ids.ts';
import { splitAtSlots, type SlotPiece } from './annotation-slots.ts';
import { contentDir } from './content-dir.ts';
import { readDefinedTerms } from './defined-terms.ts';
import { readSourceNames } from './source-names.ts';

let renderer: Promise<MarkdownRenderer> | undefined;
let onePageRenderer: Promise<MarkdownRenderer> | undefined;

/** The pipeline's options, read from the content once per build (the defined terms and source names are files). */
function pipelineOptions() {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	return { base, terms: readDefinedTerms(contentDir), sourceNames: readSourceNames(contentDir), siteOrigin: new URL(import.meta.env.SITE).origin, siteUrl: new URL(base, import.meta.env.SITE).href };
}

/** The rendered body, in pieces: HTML runs and annotation slots. Throws, naming the file and line, on bad Markdown. */
export async function renderProvisionBody(body: string, filePath: string, frontmatter: Record<string, unknown>): Promise<SlotPiece[]> {
	renderer ??= (() => {
		const options = pipelineOptions();
		return createMarkdownProcessor({ remarkPlugins: remarkPlugins(options), rehypePlugins: rehypePlugins(options), syntaxHighlight: false });
	})();
	const { code } = await (await renderer).render(body, { fileURL: pathToFileURL(path.resolve(filePath)), frontmatter });
	return splitAtSlots(code);
}

/**
 * The same, for a page that holds many provisions (the whole Convention): part headings start at h4 (under the
 * chapter's h2 and the article's h3), and every id in the body gets `idPrefix` (article 28's `#p4` becomes `#a28-p4`),
 * so the page's ids stay unique. The slots keep the unprefixed part ids.
 */
export async function renderProvisionBodyInPage(body: string, filePath: string, frontmatter: Record<string, unknown>, idPrefix: string): Promise<SlotPiece[]> {
	onePageRenderer ??= (() => {
		const options = { ...pipelineOptions(), partHeadingRank: 4 as const };
		return createMarkdownProcessor({
			remarkPlugins: remarkPlugins(options),
			rehypePlugins: [...rehypePlugins(options), [rehypePrefixIds, { prefix: (file: VFile) => (file.data.astro?.frontmatter as { idPrefix?: string } | undefined)?.idPrefix }]],
			syntaxHighlight: false,
		});
	})();
	const { code } = await (await onePageRenderer).render(body, { fileURL: pathToFileURL(path.resolve(filePath)), frontmatter: { ...frontmatter, idPrefix } });
	return splitAtSlots(code);
}
