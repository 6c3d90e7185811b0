import { describe, expect, test } from 'vitest';
import { checkQuotes, locateQuote, normaliseForQuote, storedCopies } from '../../../src/lib/quote-check.ts';
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
			'The piece itself says one thing.',
			'[--- second stored copy, https://mirror.example/page , continues: ---]',
			'A mirror adds another thing.',
			'[--- Additional secondary reports ---]',
			'[wire.example, https://wire.example/story (excerpt)]',
			'The wire says a third thing.',
		].join('\n');

		test('splits an archived text into its stored copies, the piece\'s own page first', () => {
			expect(storedCopies(withCopies).map((copy) => [copy.own, copy.url, copy.text.trim()])).toEqual([
				[true, undefined, 'The piece itself says one thing.'],
				[false, 'https://mirror.example/page', 'A mirror adds another thing.'],
				[false, undefined, ''],
				[false, 'https://wire.example/story', 'The wire says a third thing.'],
			]);
		});

		test('locates words in the piece itself, in a mirror, or nowhere', () => {
			expect(locateQuote(withCopies, 'says one thing')).toBe('own');
			expect(locateQuote(withCopies, 'adds another thing')).toBe('https://mirror.example/page');
			expect(locateQuote(withCopies, 'a third thing')).toBe('https://wire.example/story');
			expect(locateQuote(withCopies, 'a fourth thing')).toBeUndefined();
		});

		test('a quote from another copy must name it, and a quote from the piece must not', () => {
			const fixture = (text: string, copy?: string) => {
				const data = critiqueFixture();
				data.quotes = [{ text, claim: 'powers', ...(copy ? { copy } : {}) }];
				return data;
			};
			const { failures } = checkQuotes(
				[
					{ file: 'unnamed.md', data: fixture('adds another thing') },
					{ file: 'named.md', data: fixture('adds another thing', 'https://mirror.example/page') },
					{ file: 'wrong.md', data: fixture('a third thing', 'https://mirror.example/page') },
					{ file: 'needless.md', data: fixture('says one thing', 'https://mirror.example/page') },
				],
				() => withCopies,
			);
			expect(failures.map((failure) => `${failure.file}: ${failure.problem}`)).toEqual([
				'unnamed.md: copy: the words are only in another stored copy of "eff-statement" (https://mirror.example/page); write copy: https://mirror.example/page',
				'wrong.md: copy: the words are only in another stored copy of "eff-statement" (https://wire.example/story); write copy: https://wire.example/story',
				"needless.md: copy: the words are in the piece's own text, not only in the copy at https://mirror.example/page; remove copy",
			]);
		});
	});
});
