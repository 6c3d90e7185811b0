import { z } from 'astro/zod';

/** A document that a statement on the site rests on, linked at its publisher. */
export const sourceLinkSchema = z
	.object({
		/** Title of the document or page, as its publisher gives it. */
		title: z.string().min(3),
		/** Who published it: "UN Treaty Collection", "UNODC", "Reuters". */
		publisher: z.string().min(2),
		/** Its address; https only, so readers are never sent over plain HTTP. */
		url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
	})
	.strict();

export type SourceLink = z.infer<typeof sourceLinkSchema>;
