/**
 * Matching a query against page names in memory, for the first results drawn while Pagefind searches the full text.
 * A page's names are its title and the other names it goes by (a provision's search terms, an organisation's short
 * name and aliases, a State's everyday name). A page is named by a query when every word of the query begins a word
 * of one of its names ("extrad" → "Article 37. Extradition", "pen test" → "penetration testing") and the query covers
 * at least half of that name's words: "human rights" names "Human Rights Watch" and "Respect for human rights", not a
 * long critique title that happens to contain both words. Pure: no DOM, no fetch.
 */

/** One page as the names file (`/search-names.json`) lists it. */
export interface NamedPage {
	/** Address of the page, base path included (as Pagefind gives it). */
	url: string;
	/** The title results show, the same as the page's search title. */
	title: string;
	/** The kind of page, as the search facet names it ("Article", "State", "Organisation", "Topic", "Critique"). */
	kind: string;
	/** Other names of the page: search terms, short names, aliases. */
	names: string[];
}

/** A page that matched, with how well. */
export interface NameMatch {
	page: NamedPage;
	/** Higher is better: the share of the name's words the query covers (0.5 to 1), a little more for the title. */
	score: number;
}

/** Words that never decide a match. */
const skipped = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'in', 'on', 'for', 'by', 'with']);

/** Kinds in the order they win ties: the text, then a State's page (which joins all it did and said), then commentary. */
const kindOrder = ['Article', 'State', 'Topic', 'Organisation', 'Critique'];

/** Lower case, accents removed, punctuation as spaces, single spaces. */
export function normaliseName(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** A names list prepared once for repeated matching. */
export interface PreparedNames {
	pages: Array<{ page: NamedPage; names: Array<{ text: string; words: string[]; title: boolean }> }>;
}

export function prepareNames(pages: readonly NamedPage[]): PreparedNames {
	return {
		pages: pages.map((page) => ({
			page,
			names: [page.title, ...page.names].map((name, index) => {
				const text = normaliseName(name);
				return { text, words: text.split(' '), title: index === 0 };
			}),
		})),
	};
}

/** Labels that are not part of a name: "Article 37.", "Topic:". */
const label = /^(article \d+|topic) /;

/** How well one name matches the query words: the share of its words they cover, 0 below one half or when a query word matches nothing. */
function nameScore(name: { text: string; words: string[]; title: boolean }, words: readonly string[]): number {
	if (!words.every((word) => name.words.some((candidate) => candidate.startsWith(word)))) return 0;
	const own = name.text.replace(label, '').split(' ').filter((word) => !skipped.has(word));
	const covered = own.filter((candidate) => words.some((word) => candidate.startsWith(word))).length;
	const share = own.length > 0 ? covered / own.length : 0;
	return share < 0.5 ? 0 : share + (name.title ? 0.01 : 0);
}

/**
 * The pages named by a query, best first, at most `limit`. Queries shorter than three characters match nothing
 * (every page would). Ties go to provisions, then States, topics, organisations, critiques, then the shorter title.
 */
export function matchNames(prepared: PreparedNames, query: string, limit: number): NameMatch[] {
	const text = normaliseName(query);
	if (text.length < 3) return [];
	const all = text.split(' ');
	const words = all.filter((word) => !skipped.has(word));
	if (words.length === 0) return [];
	const matches: NameMatch[] = [];
	for (const { page, names } of prepared.pages) {
		const score = Math.max(...names.map((name) => nameScore(name, words)));
		if (score > 0) matches.push({ page, score });
	}
	const rank = (kind: string) => (kindOrder.includes(kind) ? kindOrder.indexOf(kind) : kindOrder.length);
	return matches.sort((a, b) => b.score - a.score || rank(a.page.kind) - rank(b.page.kind) || a.page.title.length - b.page.title.length).slice(0, limit);
}
