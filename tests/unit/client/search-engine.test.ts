import { describe, expect, test } from 'vitest';
import { informativeWords, titleFirst } from '../../../src/client/search-engine.ts';

describe('search helpers', () => {
	test('informative words: stop words and punctuation dropped, longest first, no repeats', () => {
		expect(informativeWords('Can security researchers be prosecuted?')).toEqual(['researchers', 'prosecuted', 'security']);
		expect(informativeWords('how many countries signed in Hanoi')).toEqual(['countries', 'signed', 'hanoi']);
		expect(informativeWords('the the of')).toEqual([]);
	});

	test('pages whose title contains the whole query come first, the rest keep their order', () => {
		const titles = ['Article 42. Expedited preservation', 'Human Rights Watch', 'A report quoting Human Rights Watch', 'Article 41. 24/7 network'];
		expect(titleFirst('human rights watch', titles)).toEqual([1, 2, 0, 3]);
		expect(titleFirst('nothing named', titles)).toEqual([0, 1, 2, 3]);
	});
});
