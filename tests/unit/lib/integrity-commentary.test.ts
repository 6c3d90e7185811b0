import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content-error.ts';
import { checkCommentary, type CommentarySet } from '../../../src/lib/integrity.ts';
import type { Organisation } from '../../../src/schemas/organisation.ts';
import { critiqueFixture } from '../../support/critique-fixture.ts';

function org(type: Organisation['type'], members: string[] = []): Organisation {
	return { name: 'Org', shortName: 'Org', aliases: [], type, members, people: [], description: 'An organisation used in tests.' };
}

function commentarySet(): CommentarySet & { critiques: Array<{ id: string; file: string; data: ReturnType<typeof critiqueFixture> }> } {
	return {
		organisations: [
			{ id: 'eff', file: 'content/organisations/eff.yaml', data: org('ngo') },
			{ id: 'tech-accord', file: 'content/organisations/tech-accord.yaml', data: org('industry-group', ['microsoft']) },
			{ id: 'microsoft', file: 'content/organisations/microsoft.yaml', data: org('company') },
		],
		critiques: [{ id: 'x', file: 'content/critiques/x.md', data: critiqueFixture() }],
		topicIds: new Set(['surveillance-powers', 'scope']),
		outlines: new Map<number, Set<string>>([
			...Array.from({ length: 68 }, (_, index) => [index + 1, new Set<string>()] as [number, Set<string>]),
			[28, new Set(['p1', 'p4'])],
			[35, new Set(['p1', 'p1-c'])],
		]),
	};
}

describe('checkCommentary', () => {
	test('the fixture has no problems', () => {
		expect(checkCommentary(commentarySet())).toEqual([]);
	});

	test('unknown organisations, members and topics, each named with its field', () => {
		const set = commentarySet();
		const critique = set.critiques[0]!.data;
		critique.organisations = ['eff', 'efff'];
		critique.claims[0]!.attributedTo = ['ohchr'];
		critique.claims[1]!.topics = ['scope', 'skope'];
		set.organisations = [...set.organisations, { id: 'gni', file: 'content/organisations/gni.yaml', data: org('ngo', ['google']) }];
		expect(checkCommentary(set).map(formatProblem)).toEqual([
			'content/organisations/gni.yaml: members[0]: unknown organisation "google" (no file content/organisations/google.yaml)',
			'content/critiques/x.md: organisations[1]: unknown organisation "efff" (no file content/organisations/efff.yaml)',
			'content/critiques/x.md: claims[0].attributedTo[0]: unknown organisation "ohchr" (no file content/organisations/ohchr.yaml)',
			'content/critiques/x.md: claims[1].topics[1]: unknown topic "skope"',
		]);
	});

	test('a reference to a paragraph or point that is not on the site', () => {
		const set = commentarySet();
		set.critiques[0]!.data.claims[0]!.provisions = ['28(5)', '37(15)', '28(4)', '2(h)'];
		expect(checkCommentary(set).map(formatProblem)).toEqual([
			'content/critiques/x.md: claims[0].provisions[0]: "28(5)": Article 28, paragraph 5 is not on the site (parts on the site: p1, p4)',
			'content/critiques/x.md: claims[0].provisions[1]: "37(15)": Article 37, paragraph 15 is not on the site (its summary shows no numbered parts, so refer to the whole article)',
			'content/critiques/x.md: claims[0].provisions[3]: "2(h)": Article 2 (h) is not on the site (its summary shows no numbered parts, so refer to the whole article)',
		]);
	});

	test('a quote checked against a source the file does not list', () => {
		const set = commentarySet();
		set.critiques[0]!.data.quotes[0]!.source = 'another-record';
		expect(checkCommentary(set).map(formatProblem)).toEqual([
			'content/critiques/x.md: quotes[0].source: "another-record" is not one of this file\'s sourceIds (eff-statement)',
		]);
	});
});
