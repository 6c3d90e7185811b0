import { z } from 'astro/zod';

/** The treaties the concordance compares with: Budapest (ETS 185), its Second Additional Protocol (CETS 224), UNTOC, UNCAC. */
export const treatyIds = ['budapest', 'budapest-p2', 'untoc', 'uncac'] as const;
/** The three every article is compared with (the Second Protocol only where it fits). */
export const mainTreaties = ['budapest', 'untoc', 'uncac'] as const;
export const treatyIdSchema = z.enum(treatyIds);

/** An article number of another treaty, as written there: "19", "11". */
const articleNumber = z.string().regex(/^\d{1,3}$/, 'must be an article number such as 19');

/** One treaty compared with. */
export const treatySchema = z
	.object({
		/** Its full name. */
		name: z.string().min(5),
		/** The short name readers know: "Budapest Convention", "UNTOC". */
		shortName: z.string().min(2),
		/** Its reference: "ETS No. 185", "A/RES/55/25, annex I". */
		reference: z.string().min(3),
		/** The official text at its depositary or publisher, https only. */
		url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
		/** The copies of the official text the titles below were checked against (at least one). */
		checkedAgainst: z.array(z.url({ protocol: /^https$/ })).min(1),
		/** Its articles, number -> title, as the official text gives them (checked against `checkedAgainst`). */
		articles: z.record(articleNumber, z.string().min(2)),
		/** How the titles were checked: which copies, and what was not checked. */
		checkNote: z.string().min(20),
		/** Article numbers that exist but whose title could not be checked (shown as "title not checked"). */
		unchecked: z.array(articleNumber).default([]),
	})
	.strict();

/** The counterpart of one article in one treaty, and what the mapping rests on. */
export const counterpartSchema = z
	.object({
		/** The treaty. */
		treaty: treatyIdSchema,
		/** Its corresponding article numbers, as numbered there. */
		articles: z.array(articleNumber).min(1),
		/**
		 * What the mapping rests on: `sources` (critique files whose text makes this comparison, in `sources`) or
		 * `editors` (the editors' mapping by subject, shown as such).
		 */
		basis: z.enum(['sources', 'editors'], { error: (issue) => (issue.input === undefined ? 'missing: say what the mapping rests on (sources or editors)' : 'must be sources or editors') }),
		/** With `basis: sources`: ids of critique files (content/critiques/) that make the comparison. */
		sources: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).default([]),
		/** What a source says the UN article adds or leaves out compared with this one, in our words; only with sources. */
		difference: z.string().min(20).optional(),
	})
	.strict()
	.superRefine((counterpart, context) => {
		if (counterpart.basis === 'sources' && counterpart.sources.length === 0) context.addIssue({ code: 'custom', path: ['sources'], message: 'basis: sources needs at least one source (a critique id)' });
		if (counterpart.basis === 'editors' && counterpart.sources.length > 0) context.addIssue({ code: 'custom', path: ['sources'], message: 'basis: editors names no sources; use basis: sources' });
		if (counterpart.difference && counterpart.basis !== 'sources') context.addIssue({ code: 'custom', path: ['difference'], message: 'a difference is stated only where a source says it (basis: sources)' });
	});

/** One article of the UN Convention and its counterparts. */
export const concordanceEntrySchema = z
	.object({
		/** The article of the UN Convention, 1-68. */
		article: z.int().min(1).max(68),
		/** Its counterparts, one entry per treaty (and per basis). */
		counterparts: z.array(counterpartSchema).default([]),
		/** Main treaties with no counterpart: said so on the page ("no counterpart in UNCAC"). */
		none: z.array(treatyIdSchema).default([]),
	})
	.strict()
	.superRefine((entry, context) => {
		for (const treaty of mainTreaties) {
			const mapped = entry.counterparts.some((counterpart) => counterpart.treaty === treaty);
			const absent = entry.none.includes(treaty);
			if (mapped === absent) context.addIssue({ code: 'custom', path: ['none'], message: `${treaty}: ${mapped ? 'has a counterpart and is also listed under none' : 'give its counterpart or list it under none'}` });
		}
	});

/** `content/concordance.yaml`: the treaties, then every article's counterparts. */
export const concordanceSchema = z
	.object({
		treaties: z.object(Object.fromEntries(treatyIds.map((id) => [id, treatySchema])) as Record<(typeof treatyIds)[number], typeof treatySchema>).strict(),
		/** Every article 1-68, once, in order. */
		articles: z.array(concordanceEntrySchema).length(68, 'list every article 1-68 once'),
	})
	.strict()
	.superRefine((concordance, context) => {
		concordance.articles.forEach((entry, index) => {
			if (entry.article !== index + 1) context.addIssue({ code: 'custom', path: ['articles', index, 'article'], message: `expected article ${index + 1} here (every article 1-68 once, in order)` });
			entry.counterparts.forEach((counterpart, position) => {
				const treaty = concordance.treaties[counterpart.treaty];
				counterpart.articles.forEach((number, which) => {
					if (!(number in treaty.articles) && !treaty.unchecked.includes(number)) {
						context.addIssue({ code: 'custom', path: ['articles', index, 'counterparts', position, 'articles', which], message: `${treaty.shortName} has no article ${number}` });
					}
				});
			});
		});
	});

export type Concordance = z.infer<typeof concordanceSchema>;
export type ConcordanceEntry = z.infer<typeof concordanceEntrySchema>;
export type Counterpart = z.infer<typeof counterpartSchema>;
export type TreatyId = (typeof treatyIds)[number];
