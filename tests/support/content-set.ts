/**
 * A small valid content set for the cross-entry rules (9 chapters, the preamble, articles 1-68), built in code so
 * each test can break one thing and read what it broke.
 */
import type { ContentSet, Located } from '../../src/lib/integrity.ts';
import type { Chapter } from '../../src/schemas/chapter.ts';
import type { Provision } from '../../src/schemas/provision.ts';

const ranges: Array<[number, number]> = [
	[1, 6], [7, 21], [22, 22], [23, 34], [35, 52], [53, 53], [54, 56], [57, 58], [59, 68],
];

export function chapter(number: number, firstArticle: number, lastArticle: number): Located<Chapter> {
	return { id: String(number), file: 'content/chapters.yaml', data: { number, title: `Chapter ${number}`, firstArticle, lastArticle } };
}

const common = {
	topics: ['offences'],
	textStatus: 'summary' as const,
	inBrief: 'A summary of twenty characters or more.',
	searchTerms: [],
	basis: 'editors' as const,
	basisSources: [],
	certaintyNote: "The editors' knowledge only, not checked against any text.",
};

export function article(number: number, chapterNumber: number, fileId = `article-${String(number).padStart(2, '0')}`): Located<Provision> {
	return {
		id: fileId,
		file: `content/provisions/${fileId}.md`,
		data: { kind: 'article', number, title: `Article ${number}`, titleStatus: 'reported', chapter: chapterNumber, ...common },
	};
}

export function validContentSet(): ContentSet & { chapters: Array<Located<Chapter>>; provisions: Array<Located<Provision>> } {
	const chapters = ranges.map(([first, last], index) => chapter(index + 1, first, last));
	const provisions: Array<Located<Provision>> = [
		{ id: 'preamble', file: 'content/provisions/preamble.md', data: { kind: 'preamble', title: 'Preamble', ...common } },
	];
	ranges.forEach(([first, last], index) => {
		for (let number = first; number <= last; number++) provisions.push(article(number, index + 1));
	});
	return { chapters, provisions, topicIds: new Set(['offences', 'scope']) };
}
