import { z } from 'astro/zod';
import { parseCitation } from '../lib/citation.ts';
import { organisationIdSchema } from './organisation.ts';
import { partialDateSchema } from './partial-date.ts';
import { topicIdSchema } from './topic.ts';

/** What kind of piece a source is. */
export const critiqueKinds = ['statement', 'analysis', 'press-release', 'letter', 'speech', 'submission', 'news-report', 'op-ed'] as const;

/**
 * The position a piece takes on the Convention as a whole: `opposes` (do not adopt, sign or ratify); `seeks-changes`
 * (wants the text changed before it can accept it); `supports`; `supports-with-concerns` (accepts or signs it while
 * naming what it regrets or will watch: a State that signs but regrets the scope); `undecided` (a State or body that
 * has not decided whether to sign or ratify, and says what it weighs); `mixed` (several voices or positions in one
 * piece); `reports` (news that relays others' views).
 */
export const stances = ['opposes', 'seeks-changes', 'supports', 'supports-with-concerns', 'undecided', 'mixed', 'reports'] as const;

/**
 * What a reader must know about how the piece was read, shown wherever its claims appear: `mirror` (read in a copy
 * republished by someone other than the publisher), `translation` (read in another language; the summary is ours,
 * in English, and quotes keep the original words), `machine-translation` (the English read appears machine-translated),
 * `ai-generated` (an AI-written report, such as DiploAI's session reports, not an official record).
 */
export const readerWarnings = ['mirror', 'translation', 'machine-translation', 'ai-generated'] as const;

/** Whether a claim raises a concern about a provision or answers such concerns (defends or explains the text). */
export const claimSides = ['concern', 'response'] as const;

/** Most words a quotation may have. */
export const maxQuoteWords = 30;

/** A reference in the project's citation grammar to the final text: "28(4)", "24", "7-11", "2(h)", "preamble". */
export const provisionRefSchema = z
	.string()
	.refine((value) => parseCitation(value)?.length === 1, 'must be one reference such as 28(4), 24, 7-11 or 2(h)');

/** One claim of a piece: what it says about which provisions, in our words. */
export const claimSchema = z
	.object({
		/** Stable id within the piece (`c1`, `scope`): the claim's anchor on the critique page. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words or digits joined by hyphens'),
		/** A concern about the provisions, or a response to concerns. */
		side: z.enum(claimSides),
		/** The provisions it is about, in final numbering, as precisely as the source allows. */
		provisions: z.array(provisionRefSchema).min(1, 'a claim needs at least one provision'),
		/** The source's own article reference when it used a draft's numbering ("draft art. 17"), shown next to our mapping. */
		draftReference: z.string().min(3).optional(),
		/** Topic ids from `content/topics/`. */
		topics: z.array(topicIdSchema).min(1),
		/** Whose claim it is, when not the publisher's own (a news report of what OHCHR said): organisation ids. */
		attributedTo: z.array(organisationIdSchema).min(1).optional(),
		/** One to three sentences in our words. */
		summary: z.string().min(20).max(700),
	})
	.strict();

/** A verbatim quotation from the source, tied to a claim. */
export const quoteSchema = z
	.object({
		/** The exact words, copied from the archived text; at most 30 words. */
		text: z
			.string()
			.min(3)
			.refine((text) => text.trim().split(/\s+/).length <= maxQuoteWords, `must be at most ${maxQuoteWords} words`),
		/** Id of the claim it supports. */
		claim: z.string(),
		/** Who says it, when the source names a person ("Nick Ashton-Hart"). */
		speaker: z.string().min(3).optional(),
		/** Id of the archived text it was checked against, when not the piece's first source id. */
		source: z.string().min(3).optional(),
		/**
		 * Address of the stored copy the words were found in, when it is not the piece's own page (a mirror, an earlier
		 * version, a related wire copy kept in the same archived text); the caption then names it. Checked in CI.
		 */
		copy: z.url().optional(),
	})
	.strict();

/** Front matter of `content/critiques/<id>.md`; the body is our summary of the piece. */
export const critiqueSchema = z
	.object({
		/** Title as the publisher gives it; an inferred title says so in `caveats`. */
		title: z.string().min(5),
		/** Who published it: organisation ids (the first is the main one). */
		organisations: z.array(organisationIdSchema).min(1),
		/** Authors or speakers named by the source. */
		authors: z.array(z.string().min(2)).default([]),
		/** When it was published, as precisely as known: 2024, 2024-08 or 2024-08-08. */
		date: partialDateSchema,
		/** What is uncertain about the date, shown with it. */
		dateNote: z.string().min(10).optional(),
		/** What kind of piece it is. */
		kind: z.enum(critiqueKinds),
		/** Its position on the Convention as a whole. */
		stance: z.enum(stances),
		/** The original publisher's address where known. */
		url: z.url(),
		/** Other copies that were read (mirrors, aggregators, archives). */
		mirrors: z.array(z.url()).default([]),
		/** How much of it was read: `excerpt` (the opening only) or `full`. */
		read: z.enum(['excerpt', 'full']),
		/** Which numbering its article references use: the final text's, a draft's, or none (it cites no articles). */
		numbering: z.enum(['final', 'draft', 'none']),
		/** Which draft, and how its numbers map to the final text; required for draft numbering. */
		numberingNote: z.string().min(10).optional(),
		/** Ids of the research records this file covers (`../shared/sources/*.yaml`); the first is the default for quotes. */
		sourceIds: z.array(z.string().min(3)).min(1),
		/** Warnings carried over from the records: mirrors, inferred titles, approximate dates, translations. */
		caveats: z.array(z.string().min(10)).default([]),
		/** The warnings among them that are shown with each claim (see `readerWarnings`); each needs a caveat that explains it. */
		warnings: z.array(z.enum(readerWarnings)).default([]),
		/** What it says, claim by claim. */
		claims: z.array(claimSchema).min(1, 'a critique needs at least one claim'),
		/** Verbatim quotations, each tied to a claim. */
		quotes: z.array(quoteSchema).default([]),
	})
	.strict()
	.superRefine((critique, context) => {
		const ids = critique.claims.map((claim) => claim.id);
		ids.forEach((id, index) => {
			if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: ['claims', index, 'id'], message: `claim id "${id}" is used twice` });
		});
		critique.quotes.forEach((quote, index) => {
			if (!ids.includes(quote.claim)) {
				context.addIssue({ code: 'custom', path: ['quotes', index, 'claim'], message: `no claim has the id "${quote.claim}" (claims: ${ids.join(', ')})` });
			}
		});
		if (critique.warnings.length > 0 && critique.caveats.length === 0) {
			context.addIssue({ code: 'custom', path: ['caveats'], message: 'a piece with warnings needs a caveat saying what was read (which copy, which language, who wrote it)' });
		}
		if (new Set(critique.warnings).size !== critique.warnings.length) {
			context.addIssue({ code: 'custom', path: ['warnings'], message: 'a warning is listed twice' });
		}
		if (critique.numbering === 'draft' && !critique.numberingNote) {
			context.addIssue({ code: 'custom', path: ['numberingNote'], message: 'say which draft the source numbered against' });
		}
		critique.claims.forEach((claim, index) => {
			if (claim.draftReference && critique.numbering !== 'draft') {
				context.addIssue({ code: 'custom', path: ['claims', index, 'draftReference'], message: 'a draft reference needs numbering: draft' });
			}
		});
	});

export type Critique = z.infer<typeof critiqueSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Stance = (typeof stances)[number];
export type ClaimSide = (typeof claimSides)[number];
export type ReaderWarning = (typeof readerWarnings)[number];
