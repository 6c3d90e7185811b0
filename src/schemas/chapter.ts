import { z } from 'astro/zod';

/** Highest article number of the final text (68 articles in nine chapters). */
export const lastArticleNumber = 68;

/** Number of chapters of the final text. */
export const chapterCount = 9;

/**
 * One chapter of the Convention, from `content/chapters.yaml`. Its articles are the contiguous range
 * `firstArticle`..`lastArticle`; the build checks that the nine ranges cover articles 1 to 68 exactly once and that
 * every article file names the chapter whose range holds it.
 */
export const chapterSchema = z
	.object({
		/** Chapter number, 1 to 9 (shown in Roman capitals: Chapter IV). */
		number: z.int().min(1).max(chapterCount),
		/** Chapter title as listed in the project's research notes on the treaty's structure. */
		title: z.string().min(3),
		/** Number of the chapter's first article. */
		firstArticle: z.int().min(1).max(lastArticleNumber),
		/** Number of the chapter's last article (equal to `firstArticle` for a one-article chapter). */
		lastArticle: z.int().min(1).max(lastArticleNumber),
		/** Caveat on the title shown to readers, e.g. when a source gives it in translation. */
		titleNote: z.string().min(10).optional(),
	})
	.strict()
	.refine((chapter) => chapter.firstArticle <= chapter.lastArticle, {
		message: 'lastArticle must not be smaller than firstArticle',
		path: ['lastArticle'],
	});

export type Chapter = z.infer<typeof chapterSchema>;
