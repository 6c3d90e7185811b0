import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';

/**
 * The code of a party: an ISO 3166-1 alpha-3 code for a State ("BRA"), or `EU` for the European Union (a regional
 * economic integration organisation under article 64; `EU` is the code ISO 3166 exceptionally reserves for it).
 * Page addresses come from it: `/states/bra/`, `/states/eu/`.
 */
export const stateCodeSchema = z
	.string()
	.refine((code) => code === 'EU' || (/^[A-Z]{3}$/.test(code) && countries.isValid(code)), 'must be an ISO 3166-1 alpha-3 code such as BRA (or EU for the European Union)');

/** One State (or the EU) the site names, from `content/states.yaml`: one place for names and codes. */
export const stateSchema = z
	.object({
		/** Its code (see `stateCodeSchema`). */
		code: stateCodeSchema,
		/** Its name as the depositary's record and UN documents give it: "Iran (Islamic Republic of)", "Viet Nam". */
		name: z.string().min(2),
		/** A shorter everyday name, when readers would search for that instead: "Iran", "Vietnam", "Russia". */
		commonName: z.string().min(2).optional(),
		/** A State, or a regional economic integration organisation (the EU). */
		kind: z.enum(['state', 'regional-organisation']).default('state'),
	})
	.strict()
	.superRefine((state, context) => {
		if ((state.code === 'EU') !== (state.kind === 'regional-organisation')) {
			context.addIssue({ code: 'custom', path: ['kind'], message: 'the code EU is the European Union, a regional-organisation; every other code is a state' });
		}
	});

export type State = z.infer<typeof stateSchema>;
export type StateCode = z.infer<typeof stateCodeSchema>;
