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

/** One stored copy inside an archived text: the piece's own page (no address), or a copy after a header line. */
export interface StoredCopy {
	/** The copy's address, from its header; undefined for the piece's own page (or a header without one). */
	url: string | undefined;
	/** Whether this is the piece's own page (the text before any copy header). */
	own: boolean;
	text: string;
}

/** `[--- second stored copy, https://... ---]`, or `[site.example, https://site.example/page (excerpt)]` under one. */
const copyHeader = /^\[(?:---.*---|[^\],]+, https?:\/\/[^\]]*)\]$/;

/** The stored copies of an archived text, in order, the piece's own page first. */
export function storedCopies(text: string): StoredCopy[] {
	const copies: StoredCopy[] = [{ url: undefined, own: true, text: '' }];
	for (const line of text.split('\n')) {
		// Header lines above the piece's own text (the archive's note on the file) belong to it.
		const started = copies.length > 1 || (copies[0]?.text.trim() ?? '') !== '';
		const header = started && copyHeader.test(line.trim()) ? line.trim() : undefined;
		if (header) {
			const url = /https?:\/\/[^\s,\])]+/.exec(header)?.[0];
			copies.push({ url, own: false, text: '' });
			continue;
		}
		const current = copies.at(-1);
		if (current) current.text += `${line}\n`;
	}
	return copies;
}

/**
 * Where a quotation's words are: 'own' when the piece's own page holds them, else the address of the first other
 * copy that does ('' for a copy whose header gives no address), or undefined when no copy holds them.
 */
export function locateQuote(text: string, quote: string): string | undefined {
	const wanted = normaliseForQuote(quote);
	const copies = storedCopies(text);
	if (copies.some((copy) => copy.own && normaliseForQuote(copy.text).includes(wanted))) return 'own';
	const other = copies.find((copy) => !copy.own && normaliseForQuote(copy.text).includes(wanted));
	if (other) return other.url ?? '';
	// A quote that runs across a header line is still found in the whole text; treat it as the piece's own.
	return normaliseForQuote(text).includes(wanted) ? 'own' : undefined;
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
			const where = locateQuote(text, quote.text);
			if (where === undefined) fail(`not found in the archived text of "${sourceId}"`);
			else if (where === 'own' && quote.copy) fail(`copy: the words are in the piece's own text, not only in the copy at ${quote.copy}; remove copy`);
			else if (where !== 'own' && (where ? quote.copy !== where : !quote.copy)) {
				// (a copy whose header gives no address must still be named; its address comes from the research record)
				fail(`copy: the words are only in another stored copy of "${sourceId}"${where ? ` (${where})` : ''}; write copy: ${where || '<its address>'}`);
			}
		});
	}
	return { checked, failures };
}
