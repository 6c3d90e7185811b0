/**
 * Pagefind, loaded once and shared by the search page and the header panel. What makes it fast:
 * - `warm()` starts loading Pagefind and its metadata when a reader shows intent (focus, "/", hovering the box);
 * - `preload(term)` fetches the index chunks for what is being typed, before the search itself;
 * - one search pass: the plain query and, for several words, the exact phrase are searched at the same time (not one
 *   after the other) and merged, phrase matches first; Pagefind caches the chunks, so nothing is fetched twice;
 * - stale searches are dropped by the caller (a sequence number), never delayed by a fixed debounce;
 * - result data (one fragment each) is fetched for the results shown only, and each is handed over as soon as it
 *   arrives, so the first results are drawn before the rest.
 * - the pages a query names (titles, search terms, organisations' other names: `/search-names.json`, about 12 kB
 *   gzipped, fetched with Pagefind) are matched in memory at each key (`namedPages`), so they are drawn in the frame
 *   after the key while Pagefind searches the full text.
 * When no page has all the words, `fallback` searches the most informative words one by one and ranks pages by how
 * many of them they hold.
 */
import { matchNames, prepareNames, type NamedPage, type PreparedNames } from '../lib/name-match.ts';
import { searchRanking } from '../lib/search-facets.ts';

export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: PagefindSubResult[];
}
export interface PagefindResult {
	id: string;
	score?: number;
	data: () => Promise<PagefindResultData>;
}
export interface PagefindResponse {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
	unfilteredResultCount: number;
}
export interface SearchOptions {
	filters?: Record<string, string[]>;
	sort?: Record<string, 'asc' | 'desc'> | undefined;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(term: string, options?: SearchOptions): Promise<void>;
	search(query: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
}

let loading: Promise<Pagefind> | undefined;
let names: PreparedNames | undefined;
let namesLoading: Promise<void> | undefined;

/** Start loading Pagefind and the names file (once each); resolves when Pagefind is ready. */
export function warm(base: string): Promise<Pagefind> {
	namesLoading ??= fetch(`${base}search-names.json`)
		.then((response) => (response.ok ? (response.json() as Promise<NamedPage[]>) : []))
		.then((pages) => {
			names = prepareNames(pages);
		})
		.catch(() => undefined);
	loading ??= (async () => {
		const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		await module.options({ baseUrl: base, excerptLength: 24, ranking: searchRanking });
		await module.init();
		return module;
	})();
	return loading;
}

/** Resolves once the names file has arrived (or failed to): a query typed before that can then be drawn again. */
export function namesLoaded(base: string): Promise<void> {
	void warm(base);
	return namesLoading ?? Promise.resolve();
}

/**
 * The pages a query names, best first (at most `limit`), matched in memory: none until the names file has arrived
 * (then Pagefind's results are the first drawn).
 */
export function namedPages(query: string, limit: number): NamedPage[] {
	return names ? matchNames(names, query, limit).map((match) => match.page) : [];
}

/** Fetch the index chunks for a term being typed. */
export async function preload(base: string, term: string): Promise<void> {
	if (term.trim().length < 2) return;
	await (await warm(base)).preload(term);
}

/** All filter values with their counts, for the search page's facets. */
export async function allFilters(base: string): Promise<Record<string, Record<string, number>>> {
	return (await warm(base)).filters();
}

/**
 * Search once: the words, and for several words without quotation marks the exact phrase, at the same time; pages
 * with the phrase come first (someone typing surveillance treaty wants the piece that used those words). Sorted
 * searches keep their order.
 */
export async function search(base: string, query: string | null, options: SearchOptions = {}): Promise<PagefindResponse | null> {
	const engine = await warm(base);
	const words = query?.trim() ?? '';
	const wantsPhrase = /\s/.test(words) && !words.includes('"') && !options.sort;
	const [plain, phrase] = await Promise.all([engine.search(words || null, options), wantsPhrase ? engine.search(`"${words}"`, options) : Promise.resolve(null)]);
	if (!plain || !phrase || phrase.results.length === 0) return plain;
	const first = new Set(phrase.results.map((result) => result.id));
	return { ...plain, results: [...phrase.results, ...plain.results.filter((result) => !first.has(result.id))] };
}

/** Words that say little about what a page is about. */
const stopWords = new Set(
	'a an and are as at be by can could do does for from has have how i if in into is it its many may might much must of on or should so than that the their there these this to under was what when where which who why will with would does article articles convention treaty un'.split(
		' ',
	),
);

/** The informative words of a query, longest first (a rough measure of how specific a word is). */
export function informativeWords(query: string): string[] {
	const words = query
		.toLowerCase()
		.replace(/["“”?.!,;:()]/g, ' ')
		.split(/\s+/)
		.filter((word) => word.length > 1 && !stopWords.has(word));
	return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/**
 * When no page has all the words: search each informative word at once and rank pages by how many of the words they
 * hold, then by their best score. Returns the merged results (in that order) and the words used.
 */
export async function fallback(base: string, query: string, options: SearchOptions = {}): Promise<{ results: PagefindResult[]; words: string[] }> {
	const words = informativeWords(query).slice(0, 6);
	if (words.length === 0) return { results: [], words };
	const engine = await warm(base);
	const responses = await Promise.all(words.map((word) => engine.search(word, options)));
	const tally = new Map<string, { result: PagefindResult; hits: number; score: number }>();
	for (const response of responses) {
		for (const result of response?.results ?? []) {
			const entry = tally.get(result.id) ?? { result, hits: 0, score: 0 };
			entry.hits += 1;
			entry.score = Math.max(entry.score, result.score ?? 0);
			tally.set(result.id, entry);
		}
	}
	const ranked = [...tally.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).map((entry) => entry.result);
	return { results: ranked, words };
}

/**
 * The results of a search, widened when they are few: when fewer than `enough` pages hold all the words of a query of
 * three or more informative words (a question, a description), the pages holding most of them follow (`widened`
 * says how many were added). Short queries are precise and are not widened.
 */
export async function searchWide(base: string, query: string, options: SearchOptions = {}, enough = 5): Promise<{ response: PagefindResponse | null; results: PagefindResult[]; widened: number; words: string[] }> {
	const response = await search(base, query, options);
	const results = response?.results ?? [];
	if (results.length >= enough || informativeWords(query).length < 3 || options.sort) return { response, results, widened: 0, words: [] };
	const wider = await fallback(base, query, options);
	const seen = new Set(results.map((result) => result.id));
	const added = wider.results.filter((result) => !seen.has(result.id));
	return { response, results: [...results, ...added], widened: added.length, words: wider.words };
}

/**
 * Fetch the data of the first `count` results, handing each over as soon as it arrives (`onData(index, data)`), and
 * resolve when all have arrived. `isStale()` stops the hand-over once a newer search has started.
 */
export async function loadResults(
	results: readonly PagefindResult[],
	count: number,
	onData: (index: number, data: PagefindResultData) => void,
	isStale: () => boolean,
): Promise<PagefindResultData[]> {
	return Promise.all(
		results.slice(0, count).map(async (result, index) => {
			const data = await result.data();
			if (!isStale()) onData(index, data);
			return data;
		}),
	);
}

/**
 * The order in which to show loaded results: pages whose title contains the whole query first (a provision or an
 * organisation named by the query outranks commentary that mentions it), the rest as the engine ranked them.
 * Returns the indexes of `titles` in that order.
 */
export function titleFirst(query: string, titles: readonly string[]): number[] {
	const wanted = query.trim().toLowerCase().replace(/\s+/g, ' ');
	const named = (title: string) => wanted.length > 2 && title.toLowerCase().replace(/\s+/g, ' ').includes(wanted);
	const order = titles.map((_, index) => index);
	return [...order.filter((index) => named(titles[index] ?? '')), ...order.filter((index) => !named(titles[index] ?? ''))];
}

/**
 * Once a search's first results are drawn (`slots`, in engine order, inside `list`), move the pages named by the
 * query to the top of the engine's results (see `titleFirst`); pages drawn earlier from their names stay above. Used by the search page and the header panel alike.
 */
export function placeNamedFirst(list: HTMLElement, slots: readonly HTMLElement[], query: string, loaded: readonly PagefindResultData[]): void {
	const order = titleFirst(query, loaded.map((data) => data.meta.title ?? ''));
	if (order.every((index, position) => index === position)) return;
	// Slots taken out of the list (a page already drawn from its name) stay out.
	list.append(...order.map((index) => slots[index]).filter((slot): slot is HTMLElement => slot?.isConnected === true));
}

/**
 * Fill the engine's result slots as their data arrives, when some pages were already drawn from their names (`named`,
 * by URL): such a page's data completes its entry (`fill` is called on it again) and its own slot is removed, so no
 * page is listed twice. Once all have arrived, slots beyond `room` are removed. Resolves with the data, in engine
 * order (for `placeNamedFirst`).
 */
export async function fillBesideNames(
	results: readonly PagefindResult[],
	slots: readonly HTMLElement[],
	named: ReadonlyMap<string, HTMLElement>,
	room: number,
	fill: (slot: HTMLElement, data: PagefindResultData) => void,
	isStale: () => boolean,
): Promise<PagefindResultData[]> {
	const loaded = await loadResults(
		results,
		slots.length,
		(index, data) => {
			const twin = named.get(data.url);
			const slot = slots[index];
			if (twin) slot?.remove();
			const target = twin ?? slot;
			if (target) fill(target, data);
		},
		isStale,
	);
	if (!isStale()) slots.filter((slot) => slot.isConnected).slice(room).forEach((slot) => slot.remove());
	return loaded;
}
