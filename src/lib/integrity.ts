/**
 * Rules that span several content entries, which no single schema can check: every article 1 to 68 exactly once
 * and in the right file, chapters that cover 1 to 68 without gaps or overlaps, each article in the chapter whose range
 * holds it, and topics that exist. Pure functions over plain data, so tests can feed them small fixtures.
 */
import { chapterCount, lastArticleNumber, type Chapter } from '../schemas/chapter.ts';
import type { Provision } from '../schemas/provision.ts';
import type { ContentProblem } from './content-error.ts';

/** A content entry together with the file it came from. */
export interface Located<T> {
	/** Entry id (the file name without extension, or the chapter number). */
	id: string;
	/** Path of the source file relative to the project. */
	file: string;
	data: T;
}

/** Everything the cross-entry rules look at. */
export interface ContentSet {
	chapters: ReadonlyArray<Located<Chapter>>;
	provisions: ReadonlyArray<Located<Provision>>;
	/** Ids of the topics that exist. */
	topicIds: ReadonlySet<string>;
	/** Folder of the provision files, used to name a missing one (default `content/provisions`). */
	provisionsDir?: string;
}

/** All problems found across entries; an empty list means the content holds together. */
export function checkIntegrity(content: ContentSet): ContentProblem[] {
	return [...checkChapters(content.chapters), ...checkProvisions(content)];
}

function checkChapters(chapters: ReadonlyArray<Located<Chapter>>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const file = chapters[0]?.file ?? 'content/chapters.yaml';
	const sorted = [...chapters].sort((a, b) => a.data.number - b.data.number);
	for (let number = 1; number <= chapterCount; number++) {
		if (!sorted.some((chapter) => chapter.data.number === number)) {
			problems.push({ file, field: 'number', message: `chapter ${number} is missing (chapters 1 to ${chapterCount} must all be listed)` });
		}
	}
	let expectedFirst = 1;
	for (const chapter of sorted) {
		const { number, firstArticle, lastArticle } = chapter.data;
		if (firstArticle !== expectedFirst) {
			const problem =
				firstArticle > expectedFirst
					? `leaves articles ${expectedFirst}-${firstArticle - 1} in no chapter`
					: `overlaps the chapter before it (article ${firstArticle} is already covered)`;
			problems.push({ file: chapter.file, field: 'firstArticle', message: `chapter ${number} starts at article ${firstArticle}: ${problem}` });
		}
		expectedFirst = lastArticle + 1;
	}
	if (sorted.length > 0 && expectedFirst !== lastArticleNumber + 1) {
		const last = sorted.at(-1);
		problems.push({
			file: last?.file ?? file,
			field: 'lastArticle',
			message: `the last chapter ends at article ${expectedFirst - 1}; the chapters must cover articles 1 to ${lastArticleNumber}`,
		});
	}
	return problems;
}

function checkProvisions({ chapters, provisions, topicIds, provisionsDir = 'content/provisions' }: ContentSet): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byNumber = new Map<number, Array<Located<Provision>>>();
	const preambles: Array<Located<Provision>> = [];

	for (const entry of provisions) {
		const { data, file } = entry;
		for (const topic of data.topics) {
			if (!topicIds.has(topic)) {
				problems.push({ file, field: 'topics', message: `unknown topic "${topic}" (known: ${[...topicIds].sort().join(', ')})` });
			}
		}
		if (data.kind === 'preamble') {
			preambles.push(entry);
			if (entry.id !== 'preamble') {
				problems.push({ file, field: 'kind', message: 'the preamble must be in content/provisions/preamble.md' });
			}
			continue;
		}

		const expectedId = `article-${String(data.number).padStart(2, '0')}`;
		if (entry.id !== expectedId) {
			problems.push({ file, field: 'number', message: `article ${data.number} must be in ${expectedId}.md, not ${entry.id}.md` });
		}
		byNumber.set(data.number, [...(byNumber.get(data.number) ?? []), entry]);

		const home = chapters.find((chapter) => chapter.data.firstArticle <= data.number && data.number <= chapter.data.lastArticle);
		const named = chapters.find((chapter) => chapter.data.number === data.chapter);
		if (!named) {
			problems.push({ file, field: 'chapter', message: `unknown chapter ${data.chapter} (chapters.yaml lists ${chapters.map((c) => c.data.number).join(', ')})` });
		} else if (home && home.data.number !== data.chapter) {
			problems.push({
				file,
				field: 'chapter',
				message: `article ${data.number} is in chapter ${home.data.number} (articles ${home.data.firstArticle}-${home.data.lastArticle}), not chapter ${data.chapter}`,
			});
		}
	}

	for (const [number, entries] of byNumber) {
		if (entries.length > 1) {
			for (const entry of entries) {
				const others = entries.filter((other) => other !== entry).map((other) => other.file);
				problems.push({ file: entry.file, field: 'number', message: `article ${number} is also defined in ${others.join(', ')}` });
			}
		}
	}
	for (let number = 1; number <= lastArticleNumber; number++) {
		if (!byNumber.has(number)) {
			const expected = `article-${String(number).padStart(2, '0')}.md`;
			problems.push({ file: `${provisionsDir}/${expected}`, field: 'file', message: `article ${number} is missing: every article 1 to ${lastArticleNumber} needs a file` });
		}
	}
	if (preambles.length !== 1) {
		problems.push({
			file: `${provisionsDir}/preamble.md`,
			field: 'file',
			message: preambles.length === 0 ? 'the preamble is missing' : `there are ${preambles.length} preambles; there must be one`,
		});
	}
	return problems;
}
