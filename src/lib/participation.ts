/**
 * What is known of each State's (and the EU's) part in the Convention: its actions, each with its source and
 * reliability, and a status derived from them, never written by hand. Pure: no route, no markup.
 *
 * Status, from the strongest evidence found:
 * - `ratified`: an instrument deposited, on the depositary's or an official source;
 * - `ratification-reported`: a ratification reported only by weaker sources, or completed at home (a parliament's
 *   approval, a law) with no deposit confirmed;
 * - `signed`: a signature on any source but a low-reliability one;
 * - `signature-unconfirmed`: a signature reported by low-reliability sources only;
 * - `none`: no signature found in the sources read (which is not proof that there was none).
 */
import type { ContentProblem } from './content-error.ts';
import type { Located } from './integrity.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { ParticipationAction, Reliability } from '../schemas/participation.ts';
import type { State, StateCode } from '../schemas/state.ts';

export const participationStatuses = ['ratified', 'ratification-reported', 'signed', 'signature-unconfirmed', 'none'] as const;
export type ParticipationStatus = (typeof participationStatuses)[number];

/** Whether a source is strong enough to count toward entry into force: the depositary or an official source. */
export function reliedOn(reliability: Reliability): boolean {
	return reliability === 'depositary' || reliability === 'official';
}

/** A State's status from its actions (see the module comment). */
export function deriveStatus(actions: readonly ParticipationAction[]): ParticipationStatus {
	if (actions.some((action) => action.action === 'ratification' && reliedOn(action.reliability))) return 'ratified';
	if (actions.some((action) => action.action === 'ratification' || action.action === 'domestic-ratification')) return 'ratification-reported';
	if (actions.some((action) => action.action === 'signature' && action.reliability !== 'low')) return 'signed';
	if (actions.some((action) => action.action === 'signature')) return 'signature-unconfirmed';
	return 'none';
}

/** One State with what is known of it. */
export interface StateRecord extends State {
	/** Its actions, oldest first (unknown dates last), strongest source first within a date. */
	actions: ParticipationAction[];
	status: ParticipationStatus;
	/** Ids of the organisations that speak for it (`state:` in their files). */
	organisations: string[];
}

const reliabilityOrder: readonly Reliability[] = ['depositary', 'official', 'major-news', 'other', 'low'];

/** Order of actions: by date (unknown last), then by reliability. */
export function compareActions(a: ParticipationAction, b: ParticipationAction): number {
	const date = (action: ParticipationAction) => (action.date === 'unknown' ? '9999' : action.date);
	return date(a).localeCompare(date(b)) || reliabilityOrder.indexOf(a.reliability) - reliabilityOrder.indexOf(b.reliability);
}

/** Every State in the registry with its actions, status and organisations, by name. */
export function stateRecords(states: readonly State[], actions: readonly ParticipationAction[], organisations: ReadonlyArray<{ id: string; state?: StateCode | undefined }>): StateRecord[] {
	return states
		.map((state) => {
			const own = actions.filter((action) => action.state === state.code).sort(compareActions);
			return { ...state, actions: own, status: deriveStatus(own), organisations: organisations.filter((organisation) => organisation.state === state.code).map((organisation) => organisation.id) };
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Problems that span files: a code used by an action or an organisation that the registry does not list. */
export function checkStates(input: { statesFile: string; states: readonly State[]; participationFile: string; actions: readonly ParticipationAction[]; organisations: ReadonlyArray<Located<Organisation>> }): ContentProblem[] {
	const known = new Set(input.states.map((state) => state.code));
	const problems: ContentProblem[] = [];
	input.actions.forEach((action, index) => {
		if (!known.has(action.state)) problems.push({ file: input.participationFile, field: `actions[${index}].state`, message: `"${action.state}" is not in ${input.statesFile}; add the State there first` });
	});
	for (const organisation of input.organisations) {
		if (organisation.data.state && !known.has(organisation.data.state)) {
			problems.push({ file: organisation.file, field: 'state', message: `"${organisation.data.state}" is not in ${input.statesFile}` });
		}
	}
	return problems;
}

/** How many States have each status. */
export function statusCounts(records: readonly StateRecord[]): Record<ParticipationStatus, number> {
	const counts = Object.fromEntries(participationStatuses.map((status) => [status, 0])) as Record<ParticipationStatus, number>;
	for (const record of records) counts[record.status]++;
	return counts;
}
