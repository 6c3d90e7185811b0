/**
 * The part structure of articles 1-15 in the unofficial Arabic copy (../shared/research/arabic-text-arts-1-15.txt),
 * read from the line starts the copy uses: "المادة 7:" opens an article, "1 -" a paragraph, "(أ)" a point,
 * "’1’" a sub-point. Only the numbering is read, never the words: the tests compare our anchors with it.
 */
import { readFileSync } from 'node:fs';
import { partId, type PartAddress } from '../../src/lib/ids.ts';
import { toRoman } from '../../src/lib/numbering.ts';

export const arabicTextPath = '../shared/research/arabic-text-arts-1-15.txt';

/** Arabic point letters in the UN's order, as the copy's header maps them: (أ)=a ... (س)=o. */
const letters: Record<string, string> = { أ: 'a', ب: 'b', ج: 'c', د: 'd', ه: 'e', و: 'f', ز: 'g', ح: 'h', ط: 'i', ي: 'j', ك: 'k', ل: 'l', م: 'm', ن: 'n', س: 'o' };

/** For each article number, the ids of its parts in document order (`p1`, `p1-a`, `a-ii`...). */
export function arabicOutline(text = readFileSync(arabicTextPath, 'utf8')): Map<number, string[]> {
	const outline = new Map<number, string[]>();
	let article: number | undefined;
	let address: PartAddress = {};
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line.startsWith('#')) continue;
		const heading = /^المادة (\d+):/.exec(line);
		if (heading) {
			article = Number(heading[1]);
			outline.set(article, []);
			address = {};
			continue;
		}
		if (article === undefined) continue;
		const paragraph = /^(\d+) - /.exec(line);
		const point = /^\((\S)\) /.exec(line);
		const subpoint = /^’(\d+)’ /.exec(line);
		if (paragraph) address = { paragraph: paragraph[1] };
		else if (point) {
			const letter = letters[point[1] ?? ''];
			if (!letter) throw new Error(`unknown Arabic point letter in: ${line.slice(0, 20)}`);
			address = { ...(address.paragraph ? { paragraph: address.paragraph } : {}), point: letter };
		} else if (subpoint) address = { ...address, subpoint: toRoman(Number(subpoint[1])) };
		else continue;
		outline.get(article)?.push(partId(address));
	}
	return outline;
}
