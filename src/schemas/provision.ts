import { z } from 'astro/zod';
import { chapterCount, lastArticleNumber } from './chapter.ts';
import { topicIdSchema } from './topic.ts';

/** Whether the page shows our summary only, or verbatim official text beside it. */
export const textStatusSchema = z.enum(['summary', 'official']);

/** How sure the editors are of a summary and of its paragraph numbering. */
export const certaintySchema = z.enum(['high', 'medium', 'low']);

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
	/** How sure we are of the summary and of the paragraph numbering; shown on the page. */
	certainty: certaintySchema,
	/** What the summary rests on and what is not verified; shown on the page beside `certainty`. */
	certaintyNote: z.string().min(20),
};

/** Front matter of `content/provisions/article-NN.md`. */
export const articleSchema = z
	.object({
		kind: z.literal('article'),
		/** Article number, 1 to 68; must match the file name (`article-07.md` holds article 7). */
		number: z.int().min(1).max(lastArticleNumber),
		/**
		 * `confirmed`: number and subject confirmed by a source cited in the research notes.
		 * `reported`: title as generally reported for the final text, not checked against the official document.
		 */
		titleStatus: z.enum(['confirmed', 'reported']),
		/** Number of the chapter that holds the article (1 to 9). */
		chapter: z.int().min(1).max(chapterCount),
		...provisionBase,
	})
	.strict();

/** Front matter of `content/provisions/preamble.md`. */
export const preambleSchema = z
	.object({
		kind: z.literal('preamble'),
		...provisionBase,
	})
	.strict();

/** Front matter of any file in `content/provisions/`. */
export const provisionSchema = z.discriminatedUnion('kind', [articleSchema, preambleSchema]);

export type Article = z.infer<typeof articleSchema>;
export type Preamble = z.infer<typeof preambleSchema>;
export type Provision = z.infer<typeof provisionSchema>;
export type Certainty = z.infer<typeof certaintySchema>;
