import { describe, expect, test } from 'vitest';
import { critiqueSchema } from '../../../src/schemas/critique.ts';
import { organisationSchema } from '../../../src/schemas/organisation.ts';
import { critiqueFixture } from '../../support/critique-fixture.ts';

/** Every issue of a failed parse, as "path: message". */
function problems(input: unknown): string[] {
	const result = critiqueSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('critique schema', () => {
	test('accepts the fixture', () => {
		expect(problems(critiqueFixture())).toEqual([]);
	});

	test.each<[string, (critique: Record<string, unknown>) => void, RegExp]>([
		['a stance outside the list', (c) => (c.stance = 'hates'), /^stance: Invalid option/],
		['a kind outside the list', (c) => (c.kind = 'tweet'), /^kind: Invalid option/],
		['a malformed date', (c) => (c.date = '24/12/2024'), /^date: must be an ISO date/],
		['an impossible date', (c) => (c.date = '2024-02-30'), /^date: is not a real calendar date/],
		['no claims', (c) => (c.claims = []), /^claims: a critique needs at least one claim/],
		['a claim with no provision', (c) => ((c.claims as Array<Record<string, unknown>>)[0]!.provisions = []), /^claims\.0\.provisions: a claim needs at least one provision/],
		['a provision that is not a reference', (c) => ((c.claims as Array<Record<string, unknown>>)[0]!.provisions = ['article twenty-eight']), /^claims\.0\.provisions\.0: must be one reference/],
		['two references in one string', (c) => ((c.claims as Array<Record<string, unknown>>)[0]!.provisions = ['6 and 24']), /^claims\.0\.provisions\.0: must be one reference/],
		['a quote over 30 words', (c) => ((c.quotes as Array<Record<string, unknown>>)[0]!.text = Array.from({ length: 31 }, () => 'word').join(' ')), /^quotes\.0\.text: must be at most 30 words/],
		['a quote tied to no claim', (c) => ((c.quotes as Array<Record<string, unknown>>)[0]!.claim = 'nope'), /^quotes\.0\.claim: no claim has the id "nope"/],
		['a repeated claim id', (c) => ((c.claims as Array<Record<string, unknown>>)[1]!.id = 'powers'), /^claims\.1\.id: claim id "powers" is used twice/],
		['a draft reference without draft numbering', (c) => ((c.claims as Array<Record<string, unknown>>)[0]!.draftReference = 'draft art. 17'), /^claims\.0\.draftReference: a draft reference needs numbering: draft/],
		['draft numbering without saying which draft', (c) => (c.numbering = 'draft'), /^numberingNote: say which draft/],
		['an unknown read value', (c) => (c.read = 'skimmed'), /^read: Invalid option/],
		['an unknown side', (c) => ((c.claims as Array<Record<string, unknown>>)[0]!.side = 'praise'), /^claims\.0\.side: Invalid option/],
		['a misspelt field', (c) => (c.stanse = 'opposes'), /Unrecognized key: "stanse"/],
	])('rejects %s', (_name, breakIt, message) => {
		const critique = structuredClone(critiqueFixture()) as unknown as Record<string, unknown>;
		breakIt(critique);
		expect(problems(critique).join('\n')).toMatch(message);
	});
});

describe('organisation schema', () => {
	const valid = { name: 'Electronic Frontier Foundation', shortName: 'EFF', type: 'ngo', description: 'A US-based digital-rights organisation.' };
	test('accepts a minimal organisation and defaults members and people', () => {
		expect(organisationSchema.parse(valid)).toMatchObject({ members: [], people: [] });
	});
	test.each([
		[{ ...valid, type: 'charity' }, /^type: Invalid option/],
		[{ ...valid, website: 'http://eff.org' }, /^website: must be an https:\/\/ address/],
		[{ ...valid, members: ['Not An Id'] }, /^members\.0: must be an organisation id/],
	])('rejects %j', (input, message) => {
		const result = organisationSchema.safeParse(input);
		expect(result.success).toBe(false);
		const issue = result.error?.issues[0];
		expect(`${issue?.path.join('.')}: ${issue?.message}`).toMatch(message);
	});
});
