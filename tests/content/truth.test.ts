/**
 * Guards for the truth rules: we do not have the official text, so nothing in a summary may read as treaty wording,
 * and titles must be the ones the research notes give.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readChapters, readProvisions } from '../support/content-files.ts';

const provisions = readProvisions();

/** The body without `:::quote` and `:::official` blocks, the only places verbatim wording may appear. */
function outsideQuotes(body: string): string {
	return body.replace(/^:::quote\{[^\n]*\}\n[\s\S]*?^:::$/gm, '').replace(/^:::official\n[\s\S]*?^:::$/gm, '');
}

describe('summaries never pass for treaty wording', () => {
	test('no drafting language ("shall") outside sourced quotations', () => {
		for (const entry of provisions) {
			const text = `${entry.data.inBrief}\n${outsideQuotes(entry.body)}`;
			expect(text, entry.file).not.toMatch(/\bshall\b/i);
		}
	});

	test('no quotation marks in summaries outside sourced quotations', () => {
		for (const entry of provisions) {
			const prose = outsideQuotes(entry.body).replace(/^::[a-z]+\{[^\n]*\}$/gm, '');
			expect(prose, entry.file).not.toMatch(/["“”]/);
		}
	});

	test('every body that is not official says so: textStatus is "summary" everywhere today', () => {
		for (const entry of provisions) expect(entry.data.textStatus, entry.file).toBe('summary');
	});

	test('every sourced quotation names an https source', () => {
		for (const entry of provisions) {
			for (const match of entry.body.matchAll(/^:::quote(\{[^\n]*\})$/gm)) {
				expect(match[1], entry.file).toMatch(/source="[^"]+" url="https:\/\/[^"]+"/);
			}
		}
	});
});

describe('titles come from the research notes on the treaty structure', () => {
	const notesPath = '../shared/research/treaty-structure.md';

	test('the research notes are beside the checkout', () => {
		expect(existsSync(notesPath), `${notesPath} is needed to check titles`).toBe(true);
	});

	const notes = existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : '';
	const listed = new Map<number, { title: string; status: 'confirmed' | 'reported' }>();
	// "[S ...]": number and subject confirmed; "[M ...]" or "[S number; title M]": title only as reported.
	for (const match of notes.matchAll(/^- Art\. (\d+) (.+?) \[([^\]]*)\]/gm)) {
		const tag = match[3] ?? '';
		const confirmed = tag.startsWith('S') && !/title M/.test(tag);
		listed.set(Number(match[1]), { title: match[2] ?? '', status: confirmed ? 'confirmed' : 'reported' });
	}

	test('every article title and title status matches', () => {
		expect(listed.size).toBe(68);
		for (const entry of provisions) {
			if (entry.data.kind !== 'article') continue;
			const expected = listed.get(entry.data.number);
			expect(entry.data.title, entry.file).toBe(expected?.title);
			expect(entry.data.titleStatus, entry.file).toBe(expected?.status);
		}
	});

	test('every chapter title matches', () => {
		const chapterTitles = [...notes.matchAll(/^### Chapter ([IVX]+)\. (.+?) \[/gm)].map((match) => match[2]);
		expect(readChapters().map((chapter) => chapter.title)).toEqual(chapterTitles);
	});
});
