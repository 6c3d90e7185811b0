import { describe, expect, test } from 'vitest';
import { checkQuotes, normaliseForQuote } from '../../../src/lib/quote-check.ts';
import { critiqueFixture } from '../../support/critique-fixture.ts';

const archived = 'Intro.\n\nCritics call it “a   surveillance\ntreaty in all but name,” and more.';

describe('quote check', () => {
	test('normalises white space and typographic quotes only', () => {
		expect(normaliseForQuote('“It’s  a\n‘test’”')).toBe(`"It's a 'test'"`);
	});

	test('a quote found after normalising passes', () => {
		const result = checkQuotes([{ file: 'a.md', data: critiqueFixture() }], () => archived);
		expect(result).toEqual({ checked: 1, failures: [] });
	});

	test('a changed word, a missing source and an overlong quote each fail with file and quote', () => {
		const changed = critiqueFixture();
		changed.quotes = [{ text: 'a surveillance pact in all but name', claim: 'powers' }];
		const otherSource = critiqueFixture();
		otherSource.quotes = [{ text: 'anything', claim: 'powers', source: 'missing-record' }];
		const long = critiqueFixture();
		long.quotes = [{ text: `Critics call it ${Array.from({ length: 30 }, () => 'x').join(' ')}`, claim: 'powers' }];
		const { checked, failures } = checkQuotes(
			[
				{ file: 'changed.md', data: changed },
				{ file: 'other.md', data: otherSource },
				{ file: 'long.md', data: long },
			],
			(id) => (id === 'eff-statement' ? archived : undefined),
		);
		expect(checked).toBe(3);
		expect(failures.map((failure) => `${failure.file}#${failure.index}: ${failure.problem}`)).toEqual([
			'changed.md#0: not found in the archived text of "eff-statement"',
			'other.md#0: no archived text for source "missing-record"',
			'long.md#0: 33 words; at most 30',
			'long.md#0: not found in the archived text of "eff-statement"',
		]);
		expect(failures[0]?.quote).toBe('a surveillance pact in all but name');
	});
});
