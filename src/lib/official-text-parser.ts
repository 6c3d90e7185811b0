/**
 * Reads the English official text of the Convention as plain text (as `pdftotext -layout` produces it from the
 * A/RES/79/243 PDF, or as copied from UNODC's full-text page) into articles and numbered parts.
 *
 * Layout noise removed: form feeds, running headers and footers (the document symbol, UN job numbers, page numbers
 * such as "12/41", lines repeated on many pages), footnote markers (superscript digits) and footnote lines, words
 * hyphenated across lines. Structure kept: "Article N" and its title, paragraphs "1.", points "(a)", sub-points "(i)"
 * — an "(i)" after point (h) is point (i), after point (a) it is a sub-point.
 */
import { partId, type PartAddress } from './ids.ts';
import { fromRoman, numberAt, ordinalOf } from './numbering.ts';

/** One numbered part of an article, verbatim. */
export interface OfficialPart {
	id: string;
	address: PartAddress;
	text: string;
}

/** One article, verbatim. */
export interface OfficialArticle {
	number: number;
	title: string;
	/** Text before the first numbered part (the whole article when it has none). */
	intro: string;
	parts: OfficialPart[];
}

const superscripts = /[\u00B9\u00B2\u00B3\u2070-\u2079]+/g;

/** Remove running headers and footers, page numbers, footnotes and line-end hyphenation; keep the line structure. */
export function cleanLayout(text: string): string[] {
	const lines = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n');
	const noise = (line: string) =>
		/^\s*A\/RES\/79\/243\s*$/.test(line) ||
		/^\s*\d{2}-\d{5}(\s*\(E\))?\s*$/.test(line) ||
		/^\s*(\d{2}-\d{5}(\s*\(E\))?\s+\d{1,3}\s*\/\s*\d{1,3}|\d{1,3}\s*\/\s*\d{1,3}\s+\d{2}-\d{5}(\s*\(E\))?)\s*$/.test(line) ||
		/^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/.test(line) ||
		/^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$/.test(line) ||
		/^\s*[\u00B9\u00B2\u00B3\u2070-\u2079]+\s+\S/.test(line);
	// A line that recurs on many pages (a running head) is noise too, unless it is structure.
	const counts = new Map<string, number>();
	for (const line of lines) {
		const key = line.trim();
		if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const structural = (line: string) => /^\s*(Article \d+|Chapter [IVX]+|\d+\.\s|\([a-z]+\)\s)/.test(line);
	const kept = lines.filter((line) => !noise(line) && !((counts.get(line.trim()) ?? 0) >= 3 && !structural(line) && line.trim().length < 80));
	// Rejoin words hyphenated across lines ("infor-" + "mation").
	const joined: string[] = [];
	for (const line of kept.map((value) => value.replace(superscripts, '').replace(/\s+$/, ''))) {
		const previous = joined.at(-1);
		const next = line.trim();
		if (previous !== undefined && /[a-z]-$/.test(previous) && /^[a-z]/.test(next)) joined[joined.length - 1] = previous.slice(0, -1) + next;
		else joined.push(line);
	}
	return joined;
}

/** The articles of the official text, in order. */
export function parseOfficialText(text: string): OfficialArticle[] {
	const lines = cleanLayout(text);
	const articles: OfficialArticle[] = [];
	let article: OfficialArticle | undefined;
	let expectTitle = false;
	let skipChapterTitle = false;
	let current: OfficialPart | undefined;
	let paragraph: string | undefined;
	let point: string | undefined;
	let subpoint: string | undefined;

	const append = (content: string) => {
		if (!article) return;
		if (current) current.text = `${current.text} ${content}`.trim();
		else article.intro = `${article.intro} ${content}`.trim();
	};
	const open = (address: PartAddress, content: string) => {
		if (!article) return;
		current = { id: partId(address), address, text: content.trim() };
		article.parts.push(current);
	};

	for (const raw of lines) {
		const line = raw.trim();
		if (line === '') {
			if (skipChapterTitle) continue;
			continue;
		}
		const articleHeading = /^Article (\d{1,2})$/.exec(line);
		if (articleHeading) {
			article = { number: Number(articleHeading[1]), title: '', intro: '', parts: [] };
			articles.push(article);
			expectTitle = true;
			current = undefined;
			paragraph = point = subpoint = undefined;
			continue;
		}
		if (/^Chapter [IVX]+$/.test(line)) {
			skipChapterTitle = true;
			continue;
		}
		if (skipChapterTitle) {
			skipChapterTitle = false;
			continue;
		}
		if (!article) continue;
		if (expectTitle) {
			article.title = line;
			expectTitle = false;
			continue;
		}
		const numbered = /^(\d{1,2})\.\s+(.*)$/.exec(line);
		if (numbered && Number(numbered[1]) === (paragraph ? Number(paragraph) + 1 : 1)) {
			paragraph = numbered[1];
			point = subpoint = undefined;
			open({ paragraph }, numbered[2] ?? '');
			continue;
		}
		const lettered = /^\(([a-z]{1,4})\)\s+(.*)$/.exec(line);
		if (lettered) {
			const label = lettered[1] ?? '';
			const nextPoint = point === undefined ? 'a' : numberAt('point', (ordinalOf('point', point) ?? 0) + 1);
			const nextSub = subpoint === undefined ? 'i' : numberAt('subpoint', (fromRoman(subpoint) ?? 0) + 1);
			if (label === nextPoint) {
				point = label;
				subpoint = undefined;
				open({ ...(paragraph ? { paragraph } : {}), point }, lettered[2] ?? '');
				continue;
			}
			if (point !== undefined && label === nextSub) {
				subpoint = label;
				open({ ...(paragraph ? { paragraph } : {}), point, subpoint }, lettered[2] ?? '');
				continue;
			}
		}
		append(line);
	}
	return articles;
}
