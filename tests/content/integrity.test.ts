/** Integrity of the real content in content/: everything present, consistent, and renderable. */
import { describe, expect, test } from 'vitest';
import { render } from '../support/markdown.ts';
import { formatProblem } from '../../src/lib/content-error.ts';
import { checkIntegrity } from '../../src/lib/integrity.ts';
import type { Article } from '../../src/schemas/provision.ts';
import { partsOf, readChapters, readProvisions, readTopics } from '../support/content-files.ts';

const provisions = readProvisions();
const topics = readTopics();
const chapters = readChapters();
const articles = provisions.flatMap((entry) => (entry.data.kind === 'article' ? [{ ...entry, data: entry.data as Article }] : []));

describe('the real content', () => {
	test('holds the preamble and articles 1 to 68, each once, in its own file', () => {
		expect(provisions.filter((entry) => entry.data.kind === 'preamble').map((entry) => entry.id)).toEqual(['preamble']);
		expect(articles.map((entry) => entry.data.number)).toEqual(Array.from({ length: 68 }, (_, index) => index + 1));
		for (const entry of articles) expect(entry.id).toBe(`article-${String(entry.data.number).padStart(2, '0')}`);
	});

	test('passes every cross-entry rule the build checks', () => {
		const problems = checkIntegrity({
			chapters: chapters.map((data) => ({ id: String(data.number), file: 'content/chapters.yaml', data })),
			provisions,
			topicIds: new Set(topics.map((topic) => topic.id)),
		});
		expect(problems.map(formatProblem)).toEqual([]);
	});

	test('chapters I to IX cover articles 1 to 68 exactly, and each article names the chapter that holds it', () => {
		expect(chapters.map((chapter) => chapter.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		const covered = chapters.flatMap((chapter) =>
			Array.from({ length: chapter.lastArticle - chapter.firstArticle + 1 }, (_, index) => chapter.firstArticle + index),
		);
		expect(covered).toEqual(Array.from({ length: 68 }, (_, index) => index + 1));
		for (const entry of articles) {
			const home = chapters.find((chapter) => chapter.firstArticle <= entry.data.number && entry.data.number <= chapter.lastArticle);
			expect(entry.data.chapter, entry.file).toBe(home?.number);
		}
	});

	test('every topic is used by at least one provision, and the four mission topics are marked', () => {
		for (const topic of topics) {
			expect(provisions.some((entry) => entry.data.topics.includes(topic.id)), topic.file).toBe(true);
		}
		expect(topics.filter((topic) => topic.data.mission).map((topic) => topic.id).sort()).toEqual(
			['data-sharing', 'human-rights-safeguards', 'offences', 'research-exemptions'],
		);
		for (const required of ['surveillance-powers', 'scope']) expect(topics.map((topic) => topic.id)).toContain(required);
	});

	test('every body renders through the site pipeline, with the parts the reader finds and unique part ids', async () => {
		for (const entry of provisions) {
			const { file } = await render(entry.body, undefined, entry.data);
			const ids = (file.data.provisionParts ?? []).map((part) => part.id);
			expect(ids, entry.file).toEqual(partsOf(entry).map((part) => part.id));
			expect(new Set(ids).size, entry.file).toBe(ids.length);
		}
	});

	test('article 2 is a list of defined terms addressable by letter, and article 65 has paragraph 1', () => {
		const article2 = articles.find((entry) => entry.data.number === 2);
		const article65 = articles.find((entry) => entry.data.number === 65);
		if (!article2 || !article65) throw new Error('articles 2 and 65 are required');
		const terms = partsOf(article2).filter((part) => part.level === 'point');
		expect(terms.length).toBeGreaterThan(5);
		for (const part of terms) {
			expect(part.id, part.id).toMatch(/^[a-z]$/);
			expect(part.term, part.id).toBeTruthy();
		}
		expect(terms.find((part) => part.id === 'h')?.term).toMatch(/serious crime/i);
		expect(partsOf(article65).map((part) => part.id)).toContain('p1');
	});
});
