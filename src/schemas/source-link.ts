import { z } from 'astro/zod';
import { reliabilitySchema } from './participation.ts';

/**
 * A document that a statement on the site rests on, linked at its publisher. When the project's research notes cite a
 * source whose address was not recorded, `url` is absent and `note` says so; such a source is shown, never hidden.
 */
export const sourceLinkSchema = z
	.object({
		/** Title of the document or page, as its publisher gives it. */
		title: z.string().min(3),
		/** Who published it: "UN Treaty Collection", "UNODC", "Reuters". */
		publisher: z.string().min(2),
		/** Its address; https only, so readers are never sent over plain HTTP. */
		url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
		/** How far it can be relied on (depositary, official, major-news, other, low), where a rule depends on it. */
		reliability: reliabilitySchema.optional(),
		/** How reliable it is or how it was read, when that matters ("low reliability", "address not recorded"). */
		note: z.string().min(5).optional(),
	})
	.strict()
	.refine((source) => source.url !== undefined || source.note !== undefined, {
		message: 'a source without an address needs a note saying why',
		path: ['note'],
	});

export type SourceLink = z.infer<typeof sourceLinkSchema>;
