import { describe, expect, test } from 'vitest';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import { partialDateSchema } from '../../../src/schemas/partial-date.ts';
import { statusSchema } from '../../../src/schemas/status.ts';
import { timelineEventSchema } from '../../../src/schemas/timeline-event.ts';
import { topicSchema } from '../../../src/schemas/topic.ts';

const firstIssue = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
	result.success ? 'no problem' : `${result.error?.issues[0]?.path.join('.')}: ${result.error?.issues[0]?.message}`;

describe('partial dates', () => {
	test.each(['2024', '2024-08', '2024-12-24', '2024-02-29'])('accepts %s', (value) => {
		expect(partialDateSchema.parse(value)).toBe(value);
	});
	test('takes what YAML makes of an unquoted year or day', () => {
		expect(partialDateSchema.parse(2024)).toBe('2024');
		expect(partialDateSchema.parse(new Date('2024-12-24T00:00:00Z'))).toBe('2024-12-24');
	});
	test.each(['24 Dec 2024', '2024-13', '2023-02-29', '2024-8-1', '2024-08-32', '', 24])('rejects %j', (value) => {
		expect(partialDateSchema.safeParse(value).success).toBe(false);
	});
});

describe('chapter schema', () => {
	test('rejects a range that runs backwards', () => {
		expect(firstIssue(chapterSchema.safeParse({ number: 2, title: 'Criminalization', firstArticle: 21, lastArticle: 7 }))).toBe(
			'lastArticle: lastArticle must not be smaller than firstArticle',
		);
	});
});

describe('topic schema', () => {
	test('requires a description in our words and what it covers', () => {
		expect(firstIssue(topicSchema.safeParse({ title: 'Scope', description: 'Too short', covers: ['x'], order: 1 }))).toMatch(/^description: Too small/);
		expect(topicSchema.parse({ title: 'Scope', description: 'What the Convention covers and how far.', covers: ['use of terms'], order: 1 }).mission).toBe(false);
	});
});

describe('timeline events', () => {
	const event = {
		id: 'ga-adoption',
		date: '2024-12-24',
		title: 'Adoption',
		description: 'The General Assembly adopted the Convention.',
		sources: [{ title: 'Status page', publisher: 'UN Treaty Collection', url: 'https://treaties.un.org/x' }],
	};
	test('need at least one https source', () => {
		expect(timelineEventSchema.parse(event).keyFact).toBe(false);
		expect(firstIssue(timelineEventSchema.safeParse({ ...event, sources: [] }))).toMatch(/^sources: Too small/);
		expect(firstIssue(timelineEventSchema.safeParse({ ...event, sources: [{ ...event.sources[0], url: 'http://un.org' }] }))).toBe(
			'sources.0.url: must be an https:// address',
		);
		expect(firstIssue(timelineEventSchema.safeParse({ ...event, date: '24/12/2024' }))).toMatch(/^date: must be an ISO date/);
	});
	test('have a date unless pending, and a pending event has none', () => {
		const { date: _date, ...undated } = event;
		expect(firstIssue(timelineEventSchema.safeParse(undated))).toBe('date: an event has a date unless it is pending, and a pending event has none');
		expect(timelineEventSchema.parse({ ...undated, pending: true }).date).toBeUndefined();
		expect(firstIssue(timelineEventSchema.safeParse({ ...event, pending: true }))).toBe('date: an event has a date unless it is pending, and a pending event has none');
	});
	test('accept a source without an address only with a note saying why', () => {
		const { url: _url, ...addressless } = event.sources[0]!;
		expect(firstIssue(timelineEventSchema.safeParse({ ...event, sources: [addressless] }))).toBe('sources.0.note: a source without an address needs a note saying why');
		expect(timelineEventSchema.safeParse({ ...event, sources: [{ ...addressless, note: 'address not recorded' }] }).success).toBe(true);
	});
});

describe('status', () => {
	const source = { title: 'Status page', publisher: 'UN Treaty Collection', url: 'https://treaties.un.org/x', reliability: 'depositary' };
	const count = { count: 72, asOf: '2025-10-26', what: 'signatories on the status page', standing: 'relied-on', sources: [source] };
	const status = { required: 40, requiredSources: [source], signatories: [count], ratifications: [{ ...count, count: 3, standing: 'unconfirmed' }], howToUpdate: 'Check the depositary status page and add a dated count.' };
	test('takes a file where every figure has a source and a date', () => {
		expect(statusSchema.parse(status).participants).toEqual([]);
	});
	test.each<[string, Record<string, unknown>, string]>([
		['a count without sources', { signatories: [{ ...count, sources: [] }] }, 'signatories.0.sources: Too small'],
		['a count without a date', { signatories: [{ ...count, asOf: undefined }] }, 'signatories.0.asOf:'],
		['a standing outside the list', { ratifications: [{ ...count, standing: 'probable' }] }, 'ratifications.0.standing: Invalid option'],
		['a negative count', { ratifications: [{ ...count, count: -1 }] }, 'ratifications.0.count: Too small'],
		['a count relied on without a depositary or official source', { signatories: [{ ...count, sources: [{ ...source, reliability: 'major-news' }] }] }, 'signatories.0.standing: a count relied on needs a source with reliability: depositary or official'],
		['a participant report without sources', { participants: [{ name: 'Canada', reports: [{ says: 'Canada signed in Hanoi.', asOf: '2025-10', sources: [] }] }] }, 'participants.0.reports.0.sources: Too small'],
	])('rejects %s', (_name, change, problem) => {
		expect(firstIssue(statusSchema.safeParse({ ...status, ...change }))).toMatch(new RegExp(`^${problem.replace(/[.()]/g, '\\$&')}`));
	});
});
