/**
 * Checks that every quotation is an exact substring of the archived text it was taken from, after normalising
 * white space and typographic quotation marks and apostrophes, that it has at most 30 words, and that its caption
 * names the copy it really comes from: an archived text holds the piece's own page first, then, after a header line
 * such as `[--- second stored copy, https://mirror.example/page , continues: ---]`, other stored copies (mirrors,
 * earlier versions, related wire copies). Words found only in one of those must say so in `copy`, with its address.
 */
import { maxQuoteWords, type Critique } from '../schemas/critique.ts';

/** One quotation that failed, with where it is. */
export interface QuoteFailure {
	file: string;
	/** Index in the file's `quotes` list. */
	index: number;
	quote: string;
	problem: string;
}

/** One stored copy inside an archived text, with the address its header gives (if any). */
export interface StoredCopy {
	/** The copy's address, from its header line; undefined when no header names one. */
	url: string | undefined;
	/** Whether it is the first copy in the file (the page the file was made from, unless its header says otherwise). */
	first: boolean;
	text: string;
}

/** Header lines that start a stored copy: `[--- second stored copy, https://... ---]`, `=== url: https://... ===`, `[site.example, https://... (excerpt)]`. */
const copyHeaders = [/^\[---.*---\]$/, /^=== url: https?:\/\/\S+(?: ===)?$/, /^\[[^\],]+, https?:\/\/[^\]]*\]$/];
/** The archive's note at the top of a file, naming the page it was made from: `[EXCERPT ONLY — pages corpus, url: https://...`, `# EXCERPT ...; url: https://...`. */
const fileNote = /^(?:\[|#).*\burl: https?:\/\//;

/** The stored copies of an archived text, in order. */
export function storedCopies(text: string): StoredCopy[] {
	const copies: StoredCopy[] = [{ url: undefined, first: true, text: '' }];
	for (const line of text.split('\n')) {
		const trimmed = line.trim();
		const current = copies.at(-1) as StoredCopy;
		const empty = current.text.trim() === '';
		const isHeader = copyHeaders.some((pattern) => pattern.test(trimmed)) || (copies.length === 1 && empty && fileNote.test(trimmed));
		if (!isHeader) {
			current.text += `${line}\n`;
			continue;
		}
		const url = /https?:\/\/[^\s,\])]+/.exec(trimmed)?.[0];
		// Headers before any text describe the copy that follows them; a header after text starts a new copy.
		if (empty) current.url ??= url;
		else copies.push({ url, first: false, text: '' });
	}
	return copies;
}

/** The same page, whatever the scheme, "www.", trailing slash or a `language` parameter (EFF's translations menu). */
export function sameAddress(a: string, b: string): boolean {
	const key = (url: string) =>
		url
			.replace(/^https?:\/\/(www\.)?/i, '')
			.replace(/[?&]language=[a-z-]+/i, '')
			.replace(/\/+$/, '')
			.toLowerCase();
	return key(a) === key(b);
}

/** The stored copies that hold a quotation's words (the first copy when the words run across a header). */
export function copiesHolding(text: string, quote: string): StoredCopy[] {
	const wanted = normaliseForQuote(quote);
	const copies = storedCopies(text);
	const holding = copies.filter((copy) => normaliseForQuote(copy.text).includes(wanted));
	if (holding.length > 0) return holding;
	return normaliseForQuote(text).includes(wanted) ? [copies[0] as StoredCopy] : [];
}

/** Whether a stored copy is the piece's own page (`url` in its file): the first copy unless it names another address. */
function isOwn(copy: StoredCopy, pieceUrl: string): boolean {
	return copy.url === undefined ? copy.first : sameAddress(copy.url, pieceUrl);
}

/** What is wrong with a quote's `copy` field, given the copies that hold its words; undefined when it is right. */
export function copyProblem(holding: readonly StoredCopy[], pieceUrl: string, copy: string | undefined, sourceId: string): string | undefined {
	if (holding.some((stored) => isOwn(stored, pieceUrl))) {
		return copy ? `copy: the words are in the piece's own page (${pieceUrl}), not only in the copy at ${copy}; remove copy` : undefined;
	}
	const addresses = holding.map((stored) => stored.url).filter((url): url is string => url !== undefined);
	if (copy && (addresses.length === 0 || addresses.some((url) => sameAddress(url, copy)))) return undefined;
	return `copy: the words are only in another stored copy of "${sourceId}"${addresses[0] ? ` (${addresses[0]})` : ''}, not the piece's own page; write copy: ${addresses[0] ?? '<its address>'}`;
}

/** Collapse white space; straighten curly quotation marks and apostrophes. */
export function normaliseForQuote(text: string): string {
	return text
		.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Check the quotes of some critiques. `readSource(id)` returns the archived text of a source id (a record id, or
 * `seed/<name>` for the project's seed reports), or undefined when there is none.
 */
export function checkQuotes(
	critiques: ReadonlyArray<{ file: string; data: Critique }>,
	readSource: (id: string) => string | undefined,
): { checked: number; failures: QuoteFailure[] } {
	const failures: QuoteFailure[] = [];
	let checked = 0;
	for (const { file, data } of critiques) {
		data.quotes.forEach((quote, index) => {
			checked++;
			const sourceId = quote.source ?? data.sourceIds[0] ?? '';
			const fail = (problem: string) => failures.push({ file, index, quote: quote.text, problem });
			const words = quote.text.trim().split(/\s+/).length;
			if (words > maxQuoteWords) fail(`${words} words; at most ${maxQuoteWords}`);
			const text = readSource(sourceId);
			if (text === undefined) {
				fail(`no archived text for source "${sourceId}"`);
				return;
			}
			const holding = copiesHolding(text, quote.text);
			if (holding.length === 0) {
				fail(`not found in the archived text of "${sourceId}"`);
				return;
			}
			// A seed is one of the project's own starting reports, captioned as such; it has no page of its own here.
			if (sourceId.startsWith('seed/')) return;
			const problem = copyProblem(holding, data.url, quote.copy, sourceId);
			if (problem) fail(problem);
		});
	}
	return { checked, failures };
}
