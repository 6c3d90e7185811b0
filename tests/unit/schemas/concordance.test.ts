import { describe, expect, it } from 'vitest';
import { concordanceEntrySchema, concordanceSchema, counterpartSchema } from '../../../src/schemas/concordance.ts';

const treaty = (articles: Record<string, string>) => ({ name: 'A treaty of some kind', shortName: 'TT', reference: 'ETS 1', url: 'https://example.org/', checkedAgainst: ['https://example.org/'], checkNote: 'Checked against the example copy, all titles.', articles });
const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('counterpart', () => {
	it('needs a basis; sources need ids; a difference needs a source', () => {
		expect(counterpartSchema.safeParse({ treaty: 'budapest', articles: ['19'] }).success).toBe(false);
		expect(messages(counterpartSchema.safeParse({ treaty: 'budapest', articles: ['19'], basis: 'sources' }))).toEqual(['sources: basis: sources needs at least one source (a critique id)']);
		expect(messages(counterpartSchema.safeParse({ treaty: 'budapest', articles: ['19'], basis: 'editors', difference: 'Budapest ties these powers to its article 15.' }))).toEqual(['difference: a difference is stated only where a source says it (basis: sources)']);
		expect(counterpartSchema.safeParse({ treaty: 'budapest', articles: ['19'], basis: 'sources', sources: ['digwatch-budapest-vs-un-2024'], difference: 'Budapest ties these powers to its article 15.' }).success).toBe(true);
	});
});

describe('entry', () => {
	it('says for each of Budapest, UNTOC and UNCAC either its counterpart or that there is none', () => {
		expect(messages(concordanceEntrySchema.safeParse({ article: 28, counterparts: [{ treaty: 'budapest', articles: ['19'], basis: 'editors' }], none: ['untoc'] }))).toEqual(['none: uncac: give its counterpart or list it under none']);
		expect(messages(concordanceEntrySchema.safeParse({ article: 28, counterparts: [{ treaty: 'budapest', articles: ['19'], basis: 'editors' }], none: ['budapest', 'untoc', 'uncac'] }))).toEqual(['none: budapest: has a counterpart and is also listed under none']);
	});
});

describe('concordance', () => {
	const articles = Array.from({ length: 68 }, (_, index) => ({ article: index + 1, none: ['budapest', 'untoc', 'uncac'] }));
	const treaties = { budapest: treaty({ 19: 'Search and seizure of stored computer data' }), 'budapest-p2': treaty({}), untoc: treaty({}), uncac: treaty({}) };
	it('refuses an article number the other treaty does not have, naming where', () => {
		const broken = articles.map((entry) => (entry.article === 28 ? { article: 28, counterparts: [{ treaty: 'budapest', articles: ['99'], basis: 'editors' }], none: ['untoc', 'uncac'] } : entry));
		expect(messages(concordanceSchema.safeParse({ treaties, articles: broken }))).toEqual(['articles.27.counterparts.0.articles.0: TT has no article 99']);
	});
	it('needs every article 1-68 once, in order', () => {
		expect(concordanceSchema.safeParse({ treaties, articles }).success).toBe(true);
		expect(messages(concordanceSchema.safeParse({ treaties, articles: [...articles.slice(0, 10), articles[11], articles[10], ...articles.slice(12)] }))).toContain('articles.10.article: expected article 11 here (every article 1-68 once, in order)');
	});
});
