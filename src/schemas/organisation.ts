import { z } from 'astro/zod';
import { stateCodeSchema } from './state.ts';

/** Kinds of stakeholder, used to group claims and filter critiques. */
export const organisationTypes = [
	'company',
	'industry-group',
	'ngo',
	'un-human-rights',
	'un-secretariat',
	'government',
	'intergovernmental',
	'academic',
	'news',
] as const;

export const organisationTypeSchema = z.enum(organisationTypes);

/** Shape of an organisation id: the file name of `content/organisations/<id>.yaml`. */
export const organisationIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an organisation id such as tech-accord');

/** A person a source names, so readers can find them on the site. */
export const personSchema = z
	.object({
		/** Name as the source gives it. */
		name: z.string().min(3),
		/** Role in our words, as the source describes it ("head of the Tech Accord delegation"). */
		role: z.string().min(3),
	})
	.strict();

/** One organisation, from `content/organisations/<id>.yaml`. */
export const organisationSchema = z
	.object({
		/** Full name: "Electronic Frontier Foundation". */
		name: z.string().min(2),
		/** Short name used in lists: "EFF". */
		shortName: z.string().min(2).max(40),
		/**
		 * Other names the sources use for it ("UN High Commissioner for Human Rights", "Vietnam"): a claim attributed
		 * to it must rest on a text that uses one of its names (tests/content/provenance.test.ts).
		 */
		aliases: z.array(z.string().min(2)).default([]),
		/** What kind of stakeholder it is. */
		type: organisationTypeSchema,
		/**
		 * For a government: the State (or the EU) it speaks for, a code from `content/states.yaml`; its statements then
		 * appear on that State's page (`/states/<code>/`).
		 */
		state: stateCodeSchema.optional(),
		/** Its own website, https only; absent when we have none to cite. */
		website: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
		/** Ids of member organisations that have pages here, where membership matters (the Tech Accord counts Microsoft and Meta). */
		members: z.array(organisationIdSchema).default([]),
		/** Where the membership comes from, or other members not listed: "150+ companies (Cyber Daily, 2024)". */
		membersNote: z.string().min(10).optional(),
		/** People the sources name as speaking for it. */
		people: z.array(personSchema).default([]),
		/** One to three sentences in our words: what it is and its part in the debate, as the sources show it. */
		description: z.string().min(20).max(600),
	})
	.strict();

export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationType = z.infer<typeof organisationTypeSchema>;
