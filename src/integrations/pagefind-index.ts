/**
 * Astro integration that builds the Pagefind search index of the built site (`<outDir>/pagefind/`) when the build
 * is done, through Pagefind's Node API. Only elements marked `data-pagefind-body` are indexed (see
 * `src/components/SearchData.astro` for the filters, sort keys and weights the pages declare).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Files Pagefind writes that the site never loads: its ready-made UIs (the site has its own search page and panel on
 * the JS API) and the WebAssembly for pages of unknown language (the index is built as English). Removed after
 * writing, so the built site ships only what it uses.
 */
export const unusedPagefindFiles = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'wasm.unknown.pagefind',
] as const;

/** Configuration of `pagefindIndex`. */
export interface Options {
	/** Folder inside the output folder where the index goes (default: "pagefind", which the search page loads). */
	outputSubdir?: string;
}

/**
 * Index the built site with Pagefind.
 *
 * @param options Configuration (optional).
 * @returns The integration.
 */
export default function pagefindIndex(options?: Options): AstroIntegration {
	const outputSubdir = options?.outputSubdir ?? 'pagefind';
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: path.join(site, outputSubdir) });
					if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
					for (const file of unusedPagefindFiles) rmSync(path.join(site, outputSubdir, file), { force: true });
					logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
