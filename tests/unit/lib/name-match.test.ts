import { describe, expect, it } from 'vitest';
import { matchNames, normaliseName, prepareNames, type NamedPage } from '../../../src/lib/name-match.ts';

const pages: NamedPage[] = [
	{ url: '/articles/37/', title: 'Article 37. Extradition', kind: 'Article', names: ['surrender of fugitives'] },
	{ url: '/articles/11/', title: 'Article 11. Misuse of devices', kind: 'Article', names: ['hacking tools', 'penetration testing'] },
	{ url: '/critiques/x/', title: 'Extradition concerns', kind: 'Critique', names: [] },
	{ url: '/organisations/ohchr/', title: 'Office of the UN High Commissioner for Human Rights', kind: 'Organisation', names: ['OHCHR'] },
	{ url: '/topics/human-rights/', title: 'Topic: Human rights', kind: 'Topic', names: [] },
];
const prepared = prepareNames(pages);
const urls = (query: string, limit = 5) => matchNames(prepared, query, limit).map((match) => match.page.url);

describe('matchNames', () => {
	it('puts the article a title names before commentary whose title starts with the same word', () => {
		expect(urls('extradition')).toEqual(['/articles/37/', '/critiques/x/']);
	});
	it('matches word beginnings, in the title and in the other names', () => {
		expect(urls('extrad')).toEqual(['/articles/37/', '/critiques/x/']);
		expect(urls('pen test')).toEqual(['/articles/11/']);
		expect(urls('ohchr')).toEqual(['/organisations/ohchr/']);
		expect(urls('fugitives')).toEqual(['/articles/37/']);
	});
	it('needs every informative word, ignores accents and case, and skips words such as "of"', () => {
		expect(urls('Extradition hacking')).toEqual([]);
		expect(urls('MISUSE OF DEVICÉS')).toEqual(['/articles/11/']);
		expect(urls('human rights')).toEqual(['/topics/human-rights/']);
	});
	it('needs the query to cover at least half of a name: a long title that merely contains the words is not named', () => {
		// "Office of the UN High Commissioner for Human Rights": two of its six words.
		expect(urls('human rights')).not.toContain('/organisations/ohchr/');
		expect(urls('commissioner human rights')).toEqual(['/organisations/ohchr/']);
		// "Extradition concerns": one of two words, enough; ranked after the article it names in full.
		expect(matchNames(prepared, 'extradition', 5).map((match) => match.score)).toEqual([1.01, 0.51]);
	});
	it('matches nothing for fewer than three characters or stop words only, and keeps to the limit', () => {
		expect(urls('ex')).toEqual([]);
		expect(urls('the and')).toEqual([]);
		expect(urls('extradition', 1)).toEqual(['/articles/37/']);
	});
	it('normalises punctuation to single spaces', () => {
		expect(normaliseName('  Art. 28(4) — “Search”  ')).toBe('art 28 4 search');
	});
});
