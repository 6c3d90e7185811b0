import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content-error.ts';
import { checkProvenance, type ProvisionWithParts } from '../../../src/lib/integrity.ts';
import { critiqueFixture } from '../../support/critique-fixture.ts';

const critiques = [{ id: 'eff-statement', file: 'content/critiques/eff-statement.md', data: critiqueFixture() }];
// The fixture's claims are about 28(4) and 7-11, 35(1)(c).

function article28(basisSources: string[], partSources: string[]): ProvisionWithParts {
	return {
		id: 'article-28',
		file: 'content/provisions/article-28.md',
		data: {
			kind: 'article',
			number: 28,
			title: 'Search and seizure',
			titleStatus: 'confirmed',
			chapter: 4,
			topics: ['surveillance-powers'],
			textStatus: 'summary',
			inBrief: 'Authorities must be able to search systems.',
			searchTerms: [],
			basis: basisSources.length > 0 ? 'sources' : 'editors',
			basisSources,
			certaintyNote: "The editors' knowledge only.",
		},
		parts: [
			{
				id: 'p4',
				level: 'paragraph',
				number: '4',
				address: { paragraph: '4' },
				provenance: { basis: partSources.length > 0 ? 'sources' : 'editors', sources: partSources },
				summary: 'Orders to give information.',
			},
		],
	};
}

describe('checkProvenance', () => {
	test('a source that exists and has a claim on the article passes', () => {
		expect(checkProvenance([article28(['eff-statement'], ['eff-statement'])], critiques)).toEqual([]);
	});

	test('an unknown source, and a source with no claim on the article, are named with file and field', () => {
		const other = { ...article28([], []), id: 'article-29', file: 'content/provisions/article-29.md' };
		other.data = { ...other.data, number: 29 } as ProvisionWithParts['data'];
		other.parts = [{ ...article28([], ['eff-statement']).parts[0]! }];
		const problems = checkProvenance([article28(['missing-source'], []), other], critiques).map(formatProblem);
		expect(problems).toEqual([
			'content/provisions/article-28.md: basisSources[0]: "missing-source" is not a source on the site (no file content/critiques/missing-source.md)',
			'content/provisions/article-29.md: body, ::paragraph p4, sources: "eff-statement" is named as a basis, but none of its claims is about article 29',
		]);
	});

	test('a range claim (7-11) counts as being about each article in it', () => {
		const eight = { ...article28(['eff-statement'], []), id: 'article-08', file: 'content/provisions/article-08.md' };
		eight.data = { ...eight.data, number: 8, chapter: 2 } as ProvisionWithParts['data'];
		eight.parts = [];
		expect(checkProvenance([eight], critiques)).toEqual([]);
	});
});
