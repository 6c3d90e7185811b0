import { describe, expect, test } from 'vitest';
import { provisionSchema } from '../../../src/schemas/provision.ts';

const valid = {
	kind: 'article',
	number: 28,
	title: 'Search and seizure of stored electronic data',
	titleStatus: 'confirmed',
	chapter: 4,
	topics: ['surveillance-powers'],
	textStatus: 'summary',
	inBrief: 'Authorities must be able to search systems and seize data.',
	searchTerms: ['seizing computers', 'device search'],
	basis: 'sources',
	basisSources: ['uk-third-committee-2024'],
	certaintyNote: 'Described by the UK statement; the rest is the editors\' knowledge.',
};

/** The first issue of a failed parse as "field: message". */
function problem(input: unknown): string {
	const result = provisionSchema.safeParse(input);
	if (result.success) return 'no problem';
	const issue = result.error.issues[0];
	return `${issue?.path.join('.')}: ${issue?.message}`;
}

describe('provision schema', () => {
	test('accepts a valid article and a valid preamble', () => {
		expect(provisionSchema.parse(valid)).toEqual(valid);
		const { number: _n, titleStatus: _t, chapter: _c, ...rest } = valid;
		expect(provisionSchema.parse({ ...rest, kind: 'preamble', title: 'Preamble' }).kind).toBe('preamble');
	});

	test.each([
		['an article number out of range', { ...valid, number: 69 }, /^number: Too big/],
		['a chapter out of range', { ...valid, chapter: 10 }, /^chapter: Too big/],
		['a chapter written in words', { ...valid, chapter: 'four' }, /^chapter: Invalid input: expected number/],
		['an unknown text status', { ...valid, textStatus: 'verbatim' }, /^textStatus: Invalid option/],
		['a hand-written certainty', { ...valid, certainty: 'high' }, /^certainty: certainty is derived from what the parts rest on/],
		['an unknown basis', { ...valid, basis: 'memory' }, /^basis: Invalid option/],
		['a missing basis', { ...valid, basis: undefined }, /^basis: Invalid option/],
		['basis: sources without sources', { ...valid, basisSources: [] }, /^basisSources: basis: sources needs the ids of the critiques/],
		['sources on another basis', { ...valid, basis: 'editors' }, /^basisSources: only basis: sources names sources \(basis is editors\)/],
		['a source that is not an id', { ...valid, basisSources: ['UK statement'] }, /^basisSources\.0: must be the id of a file in content\/critiques\//],
		['a malformed topic id', { ...valid, topics: ['Data Sharing'] }, /^topics\.0: must be a topic id/],
		['no topics', { ...valid, topics: [] }, /^topics: Too small/],
		['an "in brief" that is too short', { ...valid, inBrief: 'Short.' }, /^inBrief: Too small/],
		['a misspelt field', { ...valid, basisSorces: ['x'] }, /Unrecognized key: "basisSorces"/],
		['a search term with a comma', { ...valid, searchTerms: ['search, seizure'] }, /^searchTerms\.0: a term is 2 to 40 characters, without commas or brackets/],
		['a search term listed twice', { ...valid, searchTerms: ['device search', 'Device search'] }, /^searchTerms: a term is listed twice/],
		['a missing title status', { ...valid, titleStatus: undefined }, /^titleStatus: Invalid option/],
		['an unknown kind', { ...valid, kind: 'annex' }, /^kind: Invalid/],
	])('rejects %s', (_name, input, message) => {
		expect(problem(input)).toMatch(message);
	});
});
