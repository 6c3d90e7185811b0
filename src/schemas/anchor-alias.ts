import { z } from 'astro/zod';

/** Shape of a published anchor: an article part (`/articles/28/#p4`) or a claim (`/critiques/x/#claim-y`). */
export const publishedAnchorSchema = z
	.string()
	.regex(/^\/(articles\/\d{1,2}|critiques\/[a-z0-9-]+)\/#[a-z0-9-]+$/, 'must be a site path with an anchor, such as /articles/28/#p4');

/**
 * An anchor that had to change, from `content/anchor-aliases.yaml`: the old address keeps working, pointing at the
 * new one. Published anchors are listed in `content/published-anchors.json`; removing one needs an alias here.
 */
export const anchorAliasSchema = z
	.object({
		/** The address that was published and must keep working. */
		old: publishedAnchorSchema,
		/** Where it leads now (same page). */
		new: publishedAnchorSchema,
		/** Why the anchor changed (for example: the official text numbers this paragraph 5, not 4). */
		reason: z.string().min(10),
	})
	.strict()
	.refine((alias) => alias.old.split('#')[0] === alias.new.split('#')[0], { message: 'an alias must stay on the same page', path: ['new'] });

export type AnchorAlias = z.infer<typeof anchorAliasSchema>;
