import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date.ts';
import { stateCodeSchema } from './state.ts';

/**
 * How far a source can be relied on for a treaty action, from `../shared/research/participants/`:
 * the depositary's own record; an official government or UN source; a major news organisation; another source
 * (a law firm's update, a smaller outlet); low (AI-written outlets, digests, second-hand from Wikipedia).
 */
export const reliabilities = ['depositary', 'official', 'major-news', 'other', 'low'] as const;
export const reliabilitySchema = z.enum(reliabilities);

/**
 * What a participant did, as a source reports it: `signature`; `domestic-ratification` (a parliament's approval or a
 * law, which is not yet a deposit with the UN); `ratification` (an instrument of ratification, acceptance, approval
 * or accession deposited with the Secretary-General); `declaration` (a declaration or reservation).
 */
export const participationActions = ['signature', 'domestic-ratification', 'ratification', 'declaration'] as const;

/** One action of one participant, as one source reports it. Several sources for the same action are several entries. */
export const participationActionSchema = z
	.object({
		/** The participant's code, from `content/states.yaml`. */
		state: stateCodeSchema,
		/** What it did. */
		action: z.enum(participationActions),
		/** When, as precisely as the source gives it, or `unknown`. */
		date: z.union([z.literal('unknown'), partialDateSchema]),
		/** What the date is, when that matters ("domestic step: parliament's approval"; "conflicts with the depositary"). */
		dateNote: z.string().min(5).optional(),
		/** Where it is reported: https only. */
		source: z.url({ protocol: /^https$/, error: (issue) => (issue.input === undefined ? 'missing: every action needs the address of its source' : 'must be an https:// address') }),
		/** Who published the source. */
		publisher: z.string().min(2),
		/** The source's own date, as the research notes give it ("2026-02-10", "stored copy, undated"). */
		sourceDate: z.string().min(4),
		/** How far it can be relied on. */
		reliability: reliabilitySchema,
		/** What else a reader should know: conflicts, what was not seen. */
		note: z.string().min(5).optional(),
	})
	.strict();

/** `content/participation.yaml`: every treaty action found, with its source, as of a date. */
export const participationSchema = z
	.object({
		/** The date the research describes: nothing after it was looked for. */
		asOf: partialDateSchema,
		/** The depositary's status page, where readers check the current state. */
		depositary: z.url({ protocol: /^https$/ }),
		/** How to update this file from the depositary's page, for editors. */
		howToUpdate: z.string().min(20),
		/** What remains unknown, in our words, one item per point. */
		unknown: z.array(z.string().min(10)).min(1),
		/** The actions, one entry per action and source. */
		actions: z.array(participationActionSchema).min(1),
	})
	.strict();

export type Reliability = z.infer<typeof reliabilitySchema>;
export type ParticipationAction = z.infer<typeof participationActionSchema>;
export type Participation = z.infer<typeof participationSchema>;
