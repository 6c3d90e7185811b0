import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date.ts';
import { sourceLinkSchema } from './source-link.ts';

/** One dated event in `content/timeline.yaml`. Every event cites at least one source. */
export const timelineEventSchema = z
	.object({
		/** Stable id of the event, used as its anchor: `ga-adoption`. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
		/** When it happened, as precisely as the sources allow; absent only for a pending event. */
		date: partialDateSchema.optional(),
		/** An event that has not happened yet (entry into force); it has no date. */
		pending: z.boolean().default(false),
		/** Last day of an event that lasted several days (`2025-10-26` for the Hanoi ceremony). */
		endDate: partialDateSchema.optional(),
		/** Short name of the event. */
		title: z.string().min(3),
		/** What happened, in our words, one to three sentences. */
		description: z.string().min(20),
		/** Where sources disagree (on the day, a count, a name), what each says; shown to readers. */
		conflict: z.string().min(20).optional(),
		/** Whether the home page lists it among the key facts. */
		keyFact: z.boolean().default(false),
		/** The documents the statement rests on. */
		sources: z.array(sourceLinkSchema).min(1),
	})
	.strict()
	.refine((event) => (event.date === undefined) === event.pending, {
		message: 'an event has a date unless it is pending, and a pending event has none',
		path: ['date'],
	});

/** The whole timeline file: events in date order. */
export const timelineSchema = z.array(timelineEventSchema).min(1);

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
