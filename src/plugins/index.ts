/**
 * The site's Markdown pipeline, in the order the plugins must run. astro.config.mjs hands these lists to
 * `@astrojs/markdown-remark`'s `unified()` processor; the unit tests build the same pipeline from them.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkProvisionParts from './remark-provision-parts.ts';
import remarkRejectRawHtml from './remark-reject-raw-html.ts';
import remarkRejectUnknownDirectives from './remark-reject-unknown-directives.ts';
import remarkSourcedQuote from './remark-sourced-quote.ts';

/** Directive names handled by the plugins below (for error messages). */
export const knownDirectives = ['paragraph', 'point', 'subpoint', 'quote'] as const;

/**
 * remark plugins, in order: parse directives, handle ours, then refuse whatever is left and any raw HTML.
 * Shared by every Markdown collection; `remark-provision-parts` does nothing to a body without markers.
 */
export const remarkPlugins: RemarkPlugins = [
	remarkDirective,
	remarkProvisionParts,
	remarkSourcedQuote,
	[remarkRejectUnknownDirectives, { known: knownDirectives }],
	remarkRejectRawHtml,
];

/** rehype plugins, in order. */
export const rehypePlugins: RehypePlugins = [];
