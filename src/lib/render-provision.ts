/**
 * Renders a provision body with the site's Markdown pipeline (the same plugins astro.config.mjs gives Astro), and
 * cuts the result at its annotation slots so the article page can place commentary beside each part.
 * Astro's own `render()` gives only a component, with no way to put anything inside the rendered text.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from '../plugins/index.ts';
import { splitAtSlots, type SlotPiece } from './annotation-slots.ts';
import { contentDir } from './content-dir.ts';
import { readDefinedTerms } from './defined-terms.ts';
import { readSourceNames } from './source-names.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

/** The rendered body, in pieces: HTML runs and annotation slots. Throws, naming the file and line, on bad Markdown. */
export async function renderProvisionBody(body: string, filePath: string, frontmatter: Record<string, unknown>): Promise<SlotPiece[]> {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const options = { base, terms: readDefinedTerms(contentDir), sourceNames: readSourceNames(contentDir), siteOrigin: new URL(import.meta.env.SITE).origin, siteUrl: new URL(base, import.meta.env.SITE).href };
	renderer ??= createMarkdownProcessor({ remarkPlugins: remarkPlugins(options), rehypePlugins: rehypePlugins(options), syntaxHighlight: false });
	const { code } = await (await renderer).render(body, { fileURL: pathToFileURL(path.resolve(filePath)), frontmatter });
	return splitAtSlots(code);
}
