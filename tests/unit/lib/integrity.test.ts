import { describe, expect, test } from 'vitest';
import { ContentError, formatProblem } from '../../../src/lib/content-error.ts';
import { checkIntegrity } from '../../../src/lib/integrity.ts';
import { article, chapter, validContentSet } from '../../support/content-set.ts';

const lines = (content: ReturnType<typeof validContentSet>) => checkIntegrity(content).map(formatProblem);

describe('checkIntegrity', () => {
	test('a complete content set has no problems', () => {
		expect(checkIntegrity(validContentSet())).toEqual([]);
	});

	test('a missing article names the file it should be in', () => {
		const content = validContentSet();
		content.provisions = content.provisions.filter((entry) => entry.id !== 'article-28');
		expect(lines(content)).toEqual(['content/provisions/article-28.md: file: article 28 is missing: every article 1 to 68 needs a file']);
	});

	test('a duplicate article number names both files', () => {
		const content = validContentSet();
		content.provisions.push(article(28, 4, 'article-28-copy'));
		expect(lines(content)).toEqual([
			'content/provisions/article-28-copy.md: number: article 28 must be in article-28.md, not article-28-copy.md',
			'content/provisions/article-28.md: number: article 28 is also defined in content/provisions/article-28-copy.md',
			'content/provisions/article-28-copy.md: number: article 28 is also defined in content/provisions/article-28.md',
		]);
	});

	test('an article in the wrong chapter, and an unknown chapter', () => {
		const content = validContentSet();
		content.provisions = content.provisions.map((entry) =>
			entry.id === 'article-07' ? article(7, 3) : entry.id === 'article-08' ? { ...article(8, 2), data: { ...article(8, 2).data, chapter: 9 } } : entry,
		);
		content.chapters = content.chapters.filter((c) => c.data.number !== 9).concat(chapter(9, 59, 68));
		expect(lines(content)).toEqual([
			'content/provisions/article-07.md: chapter: article 7 is in chapter 2 (articles 7-21), not chapter 3',
			'content/provisions/article-08.md: chapter: article 8 is in chapter 2 (articles 7-21), not chapter 9',
		]);
		content.chapters = content.chapters.filter((c) => c.data.number !== 9);
		expect(lines(content)).toContain('content/provisions/article-08.md: chapter: unknown chapter 9 (chapters.yaml lists 1, 2, 3, 4, 5, 6, 7, 8)');
	});

	test('an unknown topic', () => {
		const content = validContentSet();
		const first = content.provisions[1];
		if (!first) throw new Error('fixture');
		first.data = { ...first.data, topics: ['offences', 'data-sharng'] };
		expect(lines(content)).toEqual(['content/provisions/article-01.md: topics: unknown topic "data-sharng" (known: offences, scope)']);
	});

	test.each([
		['a gap', 8, chapter(9, 60, 68), 'content/chapters.yaml: firstArticle: chapter 9 starts at article 60: leaves articles 59-59 in no chapter'],
		['an overlap', 4, chapter(5, 34, 52), 'content/chapters.yaml: firstArticle: chapter 5 starts at article 34: overlaps the chapter before it (article 34 is already covered)'],
		['an end short of article 68', 8, chapter(9, 59, 67), 'content/chapters.yaml: lastArticle: the last chapter ends at article 67; the chapters must cover articles 1 to 68'],
	])('chapters with %s', (_name, index, replacement, expected) => {
		const content = validContentSet();
		content.chapters[index] = replacement;
		expect(lines(content)).toEqual([expected]);
	});

	test('a missing chapter and a missing preamble', () => {
		const content = validContentSet();
		content.chapters = content.chapters.filter((c) => c.data.number !== 6);
		content.provisions = content.provisions.filter((entry) => entry.id !== 'preamble');
		const found = lines(content);
		expect(found).toContain('content/chapters.yaml: number: chapter 6 is missing (chapters 1 to 9 must all be listed)');
		expect(found).toContain('content/provisions/preamble.md: file: the preamble is missing');
	});

	test('ContentError lists every problem in its message', () => {
		const error = new ContentError([
			{ file: 'a.md', field: 'chapter', message: 'wrong' },
			{ file: 'b.md', field: 'topics', message: 'unknown' },
		]);
		expect(error.message).toBe('The content has 2 problems:\n  - a.md: chapter: wrong\n  - b.md: topics: unknown');
	});
});
