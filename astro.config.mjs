// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import { readDefinedTerms } from './src/lib/defined-terms.ts';
import { readSourceNames } from './src/lib/source-names.ts';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';

/**
 * Where the site is published. Both can be set from the environment, so the same code builds for
 * http://localhost:4321/ and for a project sub-path such as https://example.github.io/hanoi-convention/.
 * - SITE_URL: the origin (default http://localhost:4321)
 * - BASE_PATH: the sub-path every page and link lives under (default /)
 * - OUT_DIR: where the built site goes (default ./dist)
 * - ASTRO_CACHE_DIR: Astro's cache, which holds the content store (default ./node_modules/.astro); the tests give
 *   each build of a broken copy of the content its own, so no entry of one build leaks into another
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
/** The base path with one trailing slash, as the Markdown pipeline writes links. */
const basePath = base.endsWith('/') ? base : `${base}/`;
const outDir = process.env.OUT_DIR ?? './dist';
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';
const contentDir = process.env.CONTENT_DIR ?? './content';
/** The terms of article 2, marked where our summaries use them (read from the content, like everything shown). */
const terms = readDefinedTerms(contentDir);
/** Short names of the sources a provision part may rest on, shown under that part. */
const sourceNames = readSourceNames(contentDir);

export default defineConfig({
	site,
	base,
	outDir,
	cacheDir,
	output: 'static',
	// Content files are checked byte by byte before the build; the search index is built from the finished pages.
	// The sitemap lists every page under the site URL and base path, leaving out the short addresses (/a/…), which
	// redirect to pages it lists, and the 404 page; robots.txt (src/pages/robots.txt.ts) points to it.
	integrations: [contentGuard({ contentDir }), pagefindIndex(), sitemap({ filter: (page) => !/\/a\/[^/]+\/$|\/404\/?$/.test(page) })],
	trailingSlash: 'ignore',
	// Stylesheets are always files (a strict Content-Security-Policy refuses inline styles).
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Astro 7's default Markdown processor does not run remark/rehype plugins: select the unified one.
	markdown: {
		processor: unified({ remarkPlugins: remarkPlugins({ base: basePath, terms, sourceNames, siteUrl: new URL(basePath, site).href }), rehypePlugins: rehypePlugins({ base: basePath, siteOrigin: new URL(site).origin }) }),
		// The content has no code blocks; src/lib/render-provision.ts renders provisions with the same setting.
		syntaxHighlight: false,
	},
	// Keep the template's white space: compression drops the space at a line break before a link ("in<a>").
	compressHTML: false,
	devToolbar: { enabled: false },
	vite: {
		build: {
			// Never inline scripts into pages: every script is a file of the site's own (a strict Content-Security-Policy
			// can then refuse inline scripts).
			assetsInlineLimit: 0,
			rolldownOptions: {
				// Astro's deferred Markdown rendering adds a "use astro:head-inject" directive to every entry module, and
				// the bundler warns about each one: dozens of harmless lines that would hide real messages.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
