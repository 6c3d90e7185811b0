/**
 * The search page, on Pagefind's JS API. The query, filters and sort live in the URL
 * (`/search/?q=data+sharing&kind=Critique&type=NGO&sort=date`), so a search can be shared. When the query is a
 * citation ("Art. 28(4)"), the first result is a jump to that paragraph, and Enter goes there.
 * Keyboard: ArrowDown from the box to the results, ArrowUp/ArrowDown between results, Escape back to the box.
 */
import { describeRef, parseCitation, refAnchor, type ProvisionRef } from '../lib/citation.ts';
import { searchFacets, searchRanking, type SearchFacet } from '../lib/search-facets.ts';

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: PagefindSubResult[];
}
interface PagefindResponse {
	results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
	filters: Record<string, Record<string, number>>;
	unfilteredResultCount: number;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(query: string | null, options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
}

const facetKeys = Object.keys(searchFacets) as SearchFacet[];
const sorts: Record<string, Record<string, 'asc' | 'desc'> | undefined> = {
	relevance: undefined,
	date: { date: 'desc' },
	order: { order: 'asc' },
};
/** How many results to show in full. */
const shown = 20;

/** Anchors that exist, per article (from the page), to say whether a cited paragraph is on the site. */
type AnchorMap = Record<string, string[]>;

interface State {
	query: string;
	filters: Record<string, string[]>;
	sort: string;
}

export function startSearch(root: HTMLElement): void {
	const base = root.dataset.base ?? '/';
	const form = root.querySelector<HTMLFormElement>('form')!;
	const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
	const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
	const status = root.querySelector<HTMLElement>('[role="status"]')!;
	const filterBox = root.querySelector<HTMLElement>('.search-filters')!;
	const list = root.querySelector<HTMLOListElement>('.search-results')!;
	const anchors = JSON.parse(root.querySelector('script[type="application/json"]')?.textContent ?? '{}') as AnchorMap;
	document.querySelector('.search-needs-js')?.remove();
	root.hidden = false;

	let pagefind: Pagefind | undefined;
	let allFilters: Record<string, Record<string, number>> = {};
	let run = 0;
	let jumpUrl: string | undefined;

	const state = readState();
	input.value = state.query;
	sortSelect.value = state.sort in sorts ? state.sort : 'relevance';

	async function load(): Promise<Pagefind> {
		if (pagefind) return pagefind;
		const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		await module.options({ baseUrl: base, excerptLength: 24, ranking: searchRanking });
		await module.init();
		allFilters = await module.filters();
		pagefind = module;
		return module;
	}

	async function update(push = false): Promise<void> {
		const current = ++run;
		writeState(state, push);
		const engine = await load();
		if (current !== run) return;
		const jumps = citationJumps(state.query);
		jumpUrl = jumps[0]?.url;
		const filtered = Object.values(state.filters).some((values) => values.length > 0);
		const query = state.query.trim();
		const response = query || filtered ? await phraseFirst(engine, query, { filters: state.filters, sort: sorts[state.sort] }) : null;
		if (current !== run) return;
		renderFilters(response?.filters ?? allFilters, response !== null);
		const data = response ? await Promise.all(response.results.slice(0, shown).map((result) => result.data())) : [];
		if (current !== run) return;
		renderResults(jumps, data);
		const count = response?.results.length ?? 0;
		status.textContent = !query && !filtered
			? 'Type a word, a phrase or a citation such as Art. 28(4).'
			: `${count} result${count === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}${filtered ? ' with the chosen filters' : ''}${count > shown ? `; showing the first ${shown}` : ''}${jumps.length > 0 ? '. The first link goes straight to the provision cited' : ''}.`;
	}

	function citationJumps(query: string): Array<{ url: string; label: string }> {
		const refs = parseCitation(query) ?? [];
		return refs.map((ref) => jumpFor(ref));
	}

	function jumpFor(ref: ProvisionRef): { url: string; label: string } {
		if (ref.kind === 'preamble') return { url: `${base}preamble/`, label: 'Go to the preamble' };
		const article = ref.kind === 'range' ? ref.from : ref.article;
		const page = `${base}articles/${article}/`;
		const anchor = refAnchor(ref);
		const label = `Go to ${describeRef(ref).replace(/^Article/, 'article').replace(/^Articles/, 'articles')}`;
		if (!anchor) return { url: page, label };
		if (anchors[String(article)]?.includes(anchor)) return { url: `${page}#${anchor}`, label };
		return { url: page, label: `${label} (that part is not shown on this site: go to article ${article})` };
	}

	/** Filter checkboxes with counts, most results first. While a search is active, values with no result are left out. */
	function renderFilters(counts: Record<string, Record<string, number>>, active: boolean): void {
		const shownValues = (key: string) =>
			Object.keys(allFilters[key] ?? {})
				.filter((value) => !active || (counts[key]?.[value] ?? 0) > 0 || state.filters[key]?.includes(value))
				.sort((a, b) => (counts[key]?.[b] ?? 0) - (counts[key]?.[a] ?? 0) || a.localeCompare(b));
		filterBox.replaceChildren(
			...facetKeys
				.filter((key) => shownValues(key).length > 0)
				.map((key) => {
					const fieldset = element('fieldset', { className: 'search-facet' });
					fieldset.append(element('legend', { textContent: searchFacets[key] }));
					const values = shownValues(key);
					for (const value of values) {
						const id = `facet-${key}-${value}`.replace(/[^a-zA-Z0-9-]+/g, '-');
						const box = element('input', { type: 'checkbox', id, value, checked: state.filters[key]?.includes(value) ?? false });
						box.dataset.facet = key;
						const label = element('label', { htmlFor: id });
						label.append(`${value} `, element('span', { className: 'search-count', textContent: `(${counts[key]?.[value] ?? 0})` }));
						const row = element('div', { className: 'search-facet__option' });
						row.append(box, label);
						fieldset.append(row);
					}
					return fieldset;
				}),
		);
	}

	function renderResults(jumps: Array<{ url: string; label: string }>, results: PagefindResultData[]): void {
		const items: HTMLLIElement[] = jumps.map((jump) => {
			const item = element('li', { className: 'search-result search-result--jump' });
			item.append(element('a', { className: 'search-result__link', href: jump.url, textContent: jump.label }));
			return item;
		});
		const terms = state.query.trim();
		for (const result of results) {
			const item = element('li', { className: 'search-result' });
			item.append(element('a', { className: 'search-result__link', href: withHighlight(result.url, terms), textContent: result.meta.title ?? result.url }));
			item.append(element('p', { className: 'search-result__excerpt', innerHTML: result.excerpt }));
			const subs = result.sub_results.filter((sub) => sub.url.includes('#') && !/#(in-brief|summary|topics)$/.test(sub.url)).slice(0, 3);
			if (subs.length > 0) {
				const sublist = element('ul', { className: 'search-subresults' });
				for (const sub of subs) {
					const subItem = element('li');
					subItem.append(element('a', { className: 'search-result__link', href: withHighlight(sub.url, terms), textContent: sub.title }));
					subItem.append(element('p', { className: 'search-result__excerpt', innerHTML: sub.excerpt }));
					sublist.append(subItem);
				}
				item.append(sublist);
			}
			items.push(item);
		}
		list.replaceChildren(...items);
	}

	function withHighlight(url: string, terms: string): string {
		if (!terms) return url;
		const [path, hash] = url.split('#');
		return `${path}?highlight=${encodeURIComponent(terms)}${hash ? `#${hash}` : ''}`;
	}

	function links(): HTMLAnchorElement[] {
		return [...list.querySelectorAll<HTMLAnchorElement>('a.search-result__link')];
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		state.query = input.value;
		clearTimeout(timer);
		timer = setTimeout(() => void update(), 120);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' && links()[0]) {
			event.preventDefault();
			links()[0]?.focus();
		}
	});
	list.addEventListener('keydown', (event) => {
		const all = links();
		const index = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'Escape') {
			input.focus();
		} else if (event.key === 'ArrowDown' && index >= 0 && index < all.length - 1) {
			event.preventDefault();
			all[index + 1]?.focus();
		} else if (event.key === 'ArrowUp' && index >= 0) {
			event.preventDefault();
			(index === 0 ? input : all[index - 1])?.focus();
		}
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		state.query = input.value;
		if (parseCitation(state.query) && jumpUrl) {
			window.location.assign(jumpUrl);
			return;
		}
		void update(true);
	});
	sortSelect.addEventListener('change', () => {
		state.sort = sortSelect.value;
		void update(true);
	});
	filterBox.addEventListener('change', (event) => {
		const box = event.target as HTMLInputElement;
		const key = box.dataset.facet;
		if (!key) return;
		const values = new Set(state.filters[key] ?? []);
		if (box.checked) values.add(box.value);
		else values.delete(box.value);
		state.filters[key] = [...values];
		void update(true);
	});
	root.querySelector('.search-clear')?.addEventListener('click', () => {
		state.filters = {};
		void update(true);
	});
	window.addEventListener('popstate', () => {
		Object.assign(state, readState());
		input.value = state.query;
		sortSelect.value = state.sort;
		void update();
	});

	void update();
}

/**
 * Search, and when the query has several words and no quotation marks, put the pages that contain them as an exact
 * phrase first: someone typing surveillance treaty wants the critique that used those words before pages that merely
 * mention both. Filter counts come from the ordinary search.
 */
async function phraseFirst(
	engine: Pagefind,
	query: string,
	options: { filters: Record<string, string[]>; sort: Record<string, 'asc' | 'desc'> | undefined },
): Promise<PagefindResponse | null> {
	const plain = await engine.search(query || null, options);
	if (!plain || !/\s/.test(query) || query.includes('"') || options.sort) return plain;
	const phrase = await engine.search(`"${query}"`, options);
	if (!phrase || phrase.results.length === 0) return plain;
	const first = new Set(phrase.results.map((result) => result.id));
	return { ...plain, results: [...phrase.results, ...plain.results.filter((result) => !first.has(result.id))] };
}

function readState(): State {
	const params = new URLSearchParams(window.location.search);
	const filters: Record<string, string[]> = {};
	for (const key of facetKeys) {
		const values = params.getAll(key);
		if (values.length > 0) filters[key] = values;
	}
	return { query: params.get('q') ?? '', filters, sort: params.get('sort') ?? 'relevance' };
}

function writeState(state: State, push: boolean): void {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const key of facetKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	const url = `${window.location.pathname}${params.size > 0 ? `?${params}` : ''}`;
	if (url === `${window.location.pathname}${window.location.search}`) return;
	if (push) history.pushState(null, '', url);
	else history.replaceState(null, '', url);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
	return Object.assign(document.createElement(tag), properties);
}
