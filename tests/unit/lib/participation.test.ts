import { describe, expect, it } from 'vitest';
import { checkStates, deriveStatus, stateRecords, statusCounts } from '../../../src/lib/participation.ts';
import type { ParticipationAction } from '../../../src/schemas/participation.ts';
import { participationActionSchema } from '../../../src/schemas/participation.ts';
import { stateSchema } from '../../../src/schemas/state.ts';

const action = (fields: Partial<ParticipationAction>): ParticipationAction => ({
	state: 'BRA',
	action: 'signature',
	date: '2025-10-25',
	source: 'https://treaties.un.org/',
	publisher: 'UN Treaty Collection',
	sourceDate: 'stored copy',
	reliability: 'depositary',
	...fields,
});

describe('deriveStatus', () => {
	it('ranks a deposit on a relied-on source above everything, and never from weaker sources', () => {
		expect(deriveStatus([action({}), action({ action: 'ratification', reliability: 'official' })])).toBe('ratified');
		expect(deriveStatus([action({}), action({ action: 'ratification', reliability: 'low' })])).toBe('ratification-reported');
	});
	it('treats a ratification at home (parliament, law) as reported, not deposited', () => {
		expect(deriveStatus([action({ action: 'domestic-ratification', reliability: 'major-news' })])).toBe('ratification-reported');
	});
	it('needs more than low-reliability sources for a signature', () => {
		expect(deriveStatus([action({ reliability: 'other' })])).toBe('signed');
		expect(deriveStatus([action({ reliability: 'low' })])).toBe('signature-unconfirmed');
		expect(deriveStatus([])).toBe('none');
		expect(deriveStatus([action({ action: 'declaration' })])).toBe('none');
	});
});

describe('stateRecords and checkStates', () => {
	const states = [
		{ code: 'BRA', name: 'Brazil', kind: 'state' as const },
		{ code: 'AUS', name: 'Australia', kind: 'state' as const },
	];
	it('joins actions (oldest first, unknown dates last) and the organisations that speak for each State, by name', () => {
		const records = stateRecords(states, [action({ date: 'unknown', action: 'declaration' }), action({ date: '2025-10' })], [{ id: 'brazil', state: 'BRA' }, { id: 'eff' }]);
		expect(records.map((record) => record.code)).toEqual(['AUS', 'BRA']);
		expect(records[1]?.actions.map((item) => item.date)).toEqual(['2025-10', 'unknown']);
		expect(records[1]?.organisations).toEqual(['brazil']);
		expect(statusCounts(records)).toMatchObject({ signed: 1, none: 1 });
	});
	it('names the file and field of a code the registry lacks', () => {
		const problems = checkStates({
			statesFile: 'content/states.yaml',
			states,
			participationFile: 'content/participation.yaml',
			actions: [action({}), action({ state: 'PRY' })],
			organisations: [{ id: 'x', file: 'content/organisations/x.yaml', data: { state: 'CHE' } as never }],
		});
		expect(problems).toEqual([
			{ file: 'content/participation.yaml', field: 'actions[1].state', message: '"PRY" is not in content/states.yaml; add the State there first' },
			{ file: 'content/organisations/x.yaml', field: 'state', message: '"CHE" is not in content/states.yaml' },
		]);
	});
});

describe('schemas', () => {
	it('accept ISO 3166 alpha-3 codes and EU only for the European Union', () => {
		expect(stateSchema.safeParse({ code: 'BRA', name: 'Brazil' }).success).toBe(true);
		expect(stateSchema.safeParse({ code: 'BRZ', name: 'Brazil' }).success).toBe(false);
		expect(stateSchema.safeParse({ code: 'EU', name: 'European Union', kind: 'regional-organisation' }).success).toBe(true);
		expect(stateSchema.safeParse({ code: 'EU', name: 'European Union' }).success).toBe(false);
	});
	it('refuse an action without a source or with a date that is not a date', () => {
		const { source: _source, ...withoutSource } = action({});
		expect(participationActionSchema.safeParse(withoutSource).success).toBe(false);
		expect(participationActionSchema.safeParse(action({ date: '2025-02-30' })).success).toBe(false);
		expect(participationActionSchema.safeParse(action({ date: 'unknown' })).success).toBe(true);
	});
});
