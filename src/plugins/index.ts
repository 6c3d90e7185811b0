/**
 * The site's Markdown pipeline, in the order the plugins must run. astro.config.mjs hands these lists to
 * `@astrojs/markdown-remark`'s `unified()` processor; the unit tests build the same pipeline from them.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkProvisionParts from './remark-provision-parts.ts';
import remarkRejectRawHtml from './remark-reject-raw-html.ts';
import remarkRejectUnknownDirectives, { type DirectiveForm } from './remark-reject-unknown-directives.ts';
import remarkSourcedQuote from './remark-sourced-quote.ts';

/** The directives the site handles, and the form each is written in (see content/README.md). */
export const knownDirectives: Readonly<Record<string, DirectiveForm>> = {
	paragraph: 'leaf',
	point: 'leaf',
	subpoint: 'leaf',
	quote: 'container',
};

/**
 * remark plugins, in order: parse directives, refuse unknown ones and raw HTML, then handle ours.
 * Shared by every Markdown collection; `remark-provision-parts` does nothing to a body without markers.
 */
export const remarkPlugins: RemarkPlugins = [
	remarkDirective,
	[remarkRejectUnknownDirectives, { known: knownDirectives }],
	remarkRejectRawHtml,
	[remarkProvisionParts, { annotationSlots: true }],
	remarkSourcedQuote,
];

/** rehype plugins, in order. */
export const rehypePlugins: RehypePlugins = [];
