/**
 * Checks that every quotation is an exact substring of the archived text it was taken from, after normalising
 * white space and typographic quotation marks and apostrophes, and that it has at most 30 words.
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
			if (!normaliseForQuote(text).includes(normaliseForQuote(quote.text))) fail(`not found in the archived text of "${sourceId}"`);
		});
	}
	return { checked, failures };
}
