import { z } from 'astro/zod';
import { chapterCount, lastArticleNumber } from './chapter.ts';
import { basisSchema, basisSourceIdSchema } from './provenance.ts';
import { topicIdSchema } from './topic.ts';

/** Whether the page shows our summary only, or verbatim official text beside it. */
export const textStatusSchema = z.enum(['summary', 'official']);

/** Fields shared by the preamble and the articles. */
const provisionBase = {
	/** Title shown on the page: "Preamble", or the article title as listed in the research notes. */
	title: z.string().min(3),
	/** Topic ids from `content/topics/`; at least one. */
	topics: z.array(topicIdSchema).min(1),
	/**
	 * `summary`: the body holds our summaries only (every page today). `official`: verbatim text has been imported
	 * from the official document; only then may the page show treaty wording outside a sourced quotation.
	 */
	textStatus: textStatusSchema,
	/** One or two sentences, in our words, on what the provision does. */
	inBrief: z.string().min(20).max(400),
	/**
	 * Words readers use for the provision's subject that its title may not contain: common names, synonyms, the name of
	 * the matching concept in other treaties ("corporate liability", "hacking tools"). Names only, never claims; shown
	 * on the page as "Also known as" and weighted in the search index.
	 */
	searchTerms: z
		.array(z.string().regex(/^[^,()[\]]{2,40}$/, 'a term is 2 to 40 characters, without commas or brackets'))
		.max(10)
		.refine((terms) => new Set(terms.map((term) => term.toLowerCase())).size === terms.length, 'a term is listed twice')
		.default([]),
	/**
	 * What the provision as a whole (its number, title, in-brief and any overview text) rests on; each numbered part
	 * says the same for itself in its marker. The page's certainty is derived from these (src/lib/certainty.ts).
	 */
	basis: basisSchema,
	/** With `basis: sources`: ids of the critique files whose text describes the provision; none otherwise. */
	basisSources: z.array(basisSourceIdSchema).default([]),
	/**
	 * What the summary rests on and what is not verified, in a few sentences naming the sources; shown on the page
	 * beside the derived certainty. It may explain the level, never raise it.
	 */
	certaintyNote: z.string().min(20),
	/** Not written by hand any more: refused with a message that says why. */
	certainty: z
		.never({ error: 'certainty is derived from what the parts rest on (src/lib/certainty.ts); remove the field and give each part a basis' })
		.optional(),
};

/** `basisSources` goes with `basis: sources`, and only with it. */
function checkBasisSources(data: { basis: string; basisSources: readonly string[] }, context: z.RefinementCtx): void {
	if (data.basis === 'sources' && data.basisSources.length === 0) {
		context.addIssue({ code: 'custom', path: ['basisSources'], message: 'basis: sources needs the ids of the critiques that describe the provision' });
	}
	if (data.basis !== 'sources' && data.basisSources.length > 0) {
		context.addIssue({ code: 'custom', path: ['basisSources'], message: `only basis: sources names sources (basis is ${data.basis})` });
	}
}

/** Front matter of `content/provisions/article-NN.md`. */
export const articleSchema = z
	.object({
		kind: z.literal('article'),
		/** Article number, 1 to 68; must match the file name (`article-07.md` holds article 7). */
		number: z.int().min(1).max(lastArticleNumber),
		/**
		 * `confirmed`: number and subject confirmed by a source cited in the research notes.
		 * `reported`: title as given in the project's research notes on the treaty's structure, which no source we hold confirms.
		 */
		titleStatus: z.enum(['confirmed', 'reported']),
		/** Number of the chapter that holds the article (1 to 9). */
		chapter: z.int().min(1).max(chapterCount),
		...provisionBase,
	})
	.strict()
	.superRefine(checkBasisSources);

/** Front matter of `content/provisions/preamble.md`. */
export const preambleSchema = z
	.object({
		kind: z.literal('preamble'),
		...provisionBase,
	})
	.strict()
	.superRefine(checkBasisSources);

/** Front matter of any file in `content/provisions/`. */
export const provisionSchema = z.discriminatedUnion('kind', [articleSchema, preambleSchema]);

export type Article = z.infer<typeof articleSchema>;
export type Preamble = z.infer<typeof preambleSchema>;
export type Provision = z.infer<typeof provisionSchema>;
