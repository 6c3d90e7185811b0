import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date.ts';
import { sourceLinkSchema } from './source-link.ts';

/** A count reported by a source, as of a date. */
export const reportedCountSchema = z
	.object({
		/** The number the source gives. */
		count: z.int().min(0),
		/** The date the count describes (or the source's date), as precisely as known. */
		asOf: partialDateSchema,
		/** What exactly is counted, in our words ("signatories listed on the depositary's status page"). */
		what: z.string().min(10),
		/** Whether the count is the one the site relies on, or a report that conflicts with it or is unconfirmed. */
		standing: z.enum(['relied-on', 'conflicting', 'unconfirmed']),
		/** Where it comes from. A count relied on needs a source from the depositary or a government (`reliability`). */
		sources: z.array(sourceLinkSchema).min(1),
	})
	.strict()
	.superRefine((count, context) => {
		if (count.standing === 'relied-on' && !count.sources.some((source) => source.reliability === 'depositary' || source.reliability === 'official')) {
			context.addIssue({ code: 'custom', path: ['standing'], message: 'a count relied on needs a source with reliability: depositary or official (a government or the UN)' });
		}
	});

/** A State or organisation whose position on signing or ratifying the sources report, possibly in conflict. */
export const participantReportSchema = z
	.object({
		/** Name of the State or organisation. */
		name: z.string().min(2),
		/** What each source says, in our words; several entries when sources conflict. */
		reports: z
			.array(
				z
					.object({
						/** What the source says. */
						says: z.string().min(10),
						/** When. */
						asOf: partialDateSchema,
						/** Where the report comes from. */
						sources: z.array(sourceLinkSchema).min(1),
					})
					.strict(),
			)
			.min(1),
	})
	.strict();

/** `content/status.yaml`: where the Convention stands, every figure with its source and its date. */
export const statusSchema = z
	.object({
		/** Instruments needed for entry into force (article 65, paragraph 1). */
		required: z.int().min(1),
		/** Where the requirement comes from. */
		requiredSources: z.array(sourceLinkSchema).min(1),
		/** Reported counts of signatories. */
		signatories: z.array(reportedCountSchema).min(1),
		/** Reported counts of ratifications (and acceptances, approvals, accessions). */
		ratifications: z.array(reportedCountSchema).min(1),
		/** States and organisations whose position is reported, especially where reports conflict. */
		participants: z.array(participantReportSchema).default([]),
		/** How to update this file, for editors. */
		howToUpdate: z.string().min(20),
	})
	.strict();

export type Status = z.infer<typeof statusSchema>;
