import { describe, expect, test } from 'vitest';
import { checkQuotes, copiesHolding, normaliseForQuote, sameAddress, storedCopies } from '../../../src/lib/quote-check.ts';
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

	describe('the copy a quote comes from', () => {
		const withCopies = [
			'[EXCERPT ONLY — pages corpus, url: https://example.org/statement ; date not shown]',
			'The piece itself says one thing.',
			'[--- second stored copy, https://mirror.example/page , continues: ---]',
			'A mirror adds another thing.',
			'[--- Additional secondary reports ---]',
			'[wire.example, https://wire.example/story (excerpt)]',
			'The wire says a third thing.',
			'=== url: https://example.org/annex ===',
			'An annex says a fourth thing.',
		].join('\n');

		test('splits an archived text into its stored copies, each with the address its header gives', () => {
			expect(storedCopies(withCopies).map((copy) => [copy.first, copy.url, copy.text.trim()])).toEqual([
				[true, 'https://example.org/statement', 'The piece itself says one thing.'],
				[false, 'https://mirror.example/page', 'A mirror adds another thing.'],
				[false, 'https://wire.example/story', 'The wire says a third thing.'],
				[false, 'https://example.org/annex', 'An annex says a fourth thing.'],
			]);
		});

		test('finds which copies hold the words', () => {
			expect(copiesHolding(withCopies, 'adds another thing').map((copy) => copy.url)).toEqual(['https://mirror.example/page']);
			expect(copiesHolding(withCopies, 'a fifth thing')).toEqual([]);
		});

		test('the same page whatever the scheme, "www.", trailing slash or language parameter', () => {
			expect(sameAddress('http://www.eff.org/deeplinks/x?language=ko', 'https://eff.org/deeplinks/x/')).toBe(true);
			expect(sameAddress('https://news.example/?p=1', 'https://news.example/?p=2')).toBe(false);
		});

		test('a quote from another copy must name it, and a quote from the piece must not', () => {
			const fixture = (text: string, copy?: string) => {
				const data = critiqueFixture();
				data.quotes = [{ text, claim: 'powers', ...(copy ? { copy } : {}) }];
				return data;
			};
			const { failures } = checkQuotes(
				[
					{ file: 'own.md', data: fixture('says one thing') },
					{ file: 'unnamed.md', data: fixture('adds another thing') },
					{ file: 'named.md', data: fixture('adds another thing', 'https://mirror.example/page') },
					{ file: 'wrong.md', data: fixture('a third thing', 'https://mirror.example/page') },
					{ file: 'needless.md', data: fixture('says one thing', 'https://mirror.example/page') },
					{ file: 'annex.md', data: fixture('a fourth thing') },
				],
				() => withCopies,
			);
			expect(failures.map((failure) => `${failure.file}: ${failure.problem}`)).toEqual([
				'unnamed.md: copy: the words are only in another stored copy of "eff-statement" (https://mirror.example/page), not the piece\'s own page; write copy: https://mirror.example/page',
				'wrong.md: copy: the words are only in another stored copy of "eff-statement" (https://wire.example/story), not the piece\'s own page; write copy: https://wire.example/story',
				"needless.md: copy: the words are in the piece's own page (https://example.org/statement), not only in the copy at https://mirror.example/page; remove copy",
				'annex.md: copy: the words are only in another stored copy of "eff-statement" (https://example.org/annex), not the piece\'s own page; write copy: https://example.org/annex',
			]);
		});
	});
});
