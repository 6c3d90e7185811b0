/**
 * The site's Markdown pipeline, in the order the plugins must run. astro.config.mjs hands these lists to
 * `@astrojs/markdown-remark`'s `unified()` processor; `src/lib/render-provision.ts` and the unit tests build the
 * same pipeline from them.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import rehypeExternalLinks from './rehype-external-links.ts';
import remarkCrossReferences from './remark-cross-references.ts';
import type { DefinedTerm } from '../lib/defined-terms.ts';
import remarkDefinedTerms from './remark-defined-terms.ts';
import remarkOfficialText from './remark-official-text.ts';
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
	official: 'container',
};

/** What the pipeline needs to know about the site. */
export interface PipelineOptions {
	/** Base path the site is served under, ending in "/". */
	base: string;
	/** The terms defined in article 2 (see `src/lib/defined-terms.ts`); none by default. */
	terms?: readonly DefinedTerm[];
	/** Origin the site is published at, so its own absolute links are not marked external. */
	siteOrigin?: string;
	/** Absolute URL of the site's root (origin + base path), written out with permalinks when printing. */
	siteUrl?: string;
	/** Short names of the critiques a provision part may rest on (see `src/lib/source-names.ts`); default: their ids. */
	sourceNames?: Readonly<Record<string, string>>;
	/** Heading rank of a top-level part (default 2; the whole-Convention page, with chapter and article headings, uses 4). */
	partHeadingRank?: 2 | 3 | 4;
}

/**
 * remark plugins, in order: parse directives, refuse unknown ones and raw HTML, link references to the Convention
 * and mark defined terms (before the part headings exist, so they are left alone), then build the anchored parts and
 * sourced quotations.
 * Shared by every Markdown collection; `remark-provision-parts` does nothing to a body without markers.
 */
export function remarkPlugins({ base, terms = [], siteUrl = '', sourceNames = {}, partHeadingRank = 2 }: PipelineOptions): RemarkPlugins {
	return [
		remarkDirective,
		[remarkRejectUnknownDirectives, { known: knownDirectives }],
		remarkRejectRawHtml,
		[remarkCrossReferences, { base }],
		[remarkDefinedTerms, { base, terms }],
		[remarkProvisionParts, { annotationSlots: true, siteUrl, base, sourceNames, headingRank: partHeadingRank }],
		remarkSourcedQuote,
		remarkOfficialText,
	];
}

/** rehype plugins, in order: mark links to other sites. */
export function rehypePlugins({ siteOrigin }: PipelineOptions): RehypePlugins {
	return [[rehypeExternalLinks, siteOrigin ? { siteOrigin } : {}]];
}
