import { z } from 'astro/zod';

/** Front matter of a prose page in `content/pages/` (the home page's text, the about page). */
export const pageSchema = z
	.object({
		/** Title: the page's `h1`, or the heading of the section it fills. */
		title: z.string().min(3),
		/** One sentence for search engines and link previews. */
		description: z.string().min(20).max(300),
	})
	.strict();

export type Page = z.infer<typeof pageSchema>;
