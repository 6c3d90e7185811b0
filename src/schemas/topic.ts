import { z } from 'astro/zod';

/** Shape of a topic id: the file name of `content/topics/<id>.md`. */
export const topicIdSchema = z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'must be a topic id such as data-sharing');

/** One topic of the fixed taxonomy, from the front matter of `content/topics/<id>.md`; the body is its reading guide. */
export const topicSchema = z
	.object({
		/** Name shown to readers: "Data sharing". */
		title: z.string().min(3),
		/** One or two sentences in our words on what the topic covers. */
		description: z.string().min(20).max(400),
		/** The themes the topic gathers, shown as a list ("mutual legal assistance", "24/7 network"). */
		covers: z.array(z.string().min(3)).min(1),
		/** Position in lists of topics, smallest first. */
		order: z.int().min(1),
		/** Whether it is one of the topics most readers come for; these are listed first and highlighted. */
		mission: z.boolean().default(false),
	})
	.strict();

export type Topic = z.infer<typeof topicSchema>;
