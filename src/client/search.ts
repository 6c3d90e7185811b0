/**
 * The search page, on Pagefind's JS API (through `search-engine.ts`, shared with the header panel). The query,
 * filters and sort live in the URL (`/search/?q=data+sharing&kind=Critique&type=NGO&sort=date`), so a search can be
 * shared. When the query is a citation ("Art. 28(4)"), the first result is a jump to that paragraph, and Enter goes
 * there. Every keystroke searches at once (stale searches are dropped, no debounce) and each result is drawn as soon
 * as its data arrives; the pages the query names are drawn first, from the names file, in the frame after the key. When no page has all the words, the most informative words are searched instead, and the page
 * says so; when nothing at all is found, it points to the topics and contents.
 * Keyboard: ArrowDown from the box to the results, ArrowUp/ArrowDown between results, Escape back to the box.
 */
import { describeRef, parseCitation, refAnchor, type ProvisionRef } from '../lib/citation.ts';
import { searchFacets, type SearchFacet } from '../lib/search-facets.ts';
import type { NamedPage } from '../lib/name-match.ts';
import { allFilters as loadAllFilters, fillBesideNames, namedPages, namesLoaded, preload, searchWide, placeNamedFirst, type PagefindResult, type PagefindResultData } from './search-engine.ts';

const facetKeys = Object.keys(searchFacets) as SearchFacet[];
const sorts: Record<string, Record<string, 'asc' | 'desc'> | undefined> = {
	relevance: undefined,
	date: { date: 'desc' },
	order: { order: 'asc' },
};
/** How many results to show in full. */
const shown = 20;
/** How many of them may be drawn from names alone (the pages the query names), before Pagefind answers. */
const namedFirst = 3;

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

	let allFilters: Record<string, Record<string, number>> = {};
	let run = 0;
	let jumpUrl: string | undefined;

	const state = readState();
	input.value = state.query;
	sortSelect.value = state.sort in sorts ? state.sort : 'relevance';

	async function update(push = false): Promise<void> {
		const current = ++run;
		const stale = () => current !== run;
		writeState(state, push);
		const jumps = citationJumps(state.query);
		jumpUrl = jumps[0]?.url;
		const filtered = Object.values(state.filters).some((values) => values.length > 0);
		const query = state.query.trim();
		const byName = query && !filtered && state.sort === 'relevance' && jumps.length === 0 ? namedPages(query, namedFirst) : [];
		const named = new Map(byName.map((page) => [page.url, nameSlot(page)] as const));
		if (named.size > 0) {
			status.textContent = `${named.size === 1 ? 'A page' : 'Pages'} named “${query}”; searching the full text…`;
			list.replaceChildren(...named.values());
		}
		if (Object.keys(allFilters).length === 0) allFilters = await loadAllFilters(base);
		if (stale()) return;
		const found = query || filtered ? await searchWide(base, query, { filters: state.filters, sort: sorts[state.sort] }) : null;
		if (stale()) return;
		const response = found?.response ?? null;
		renderFilters(response?.filters ?? allFilters, response !== null);
		const results: PagefindResult[] = jumps.length > 0 && !found?.response?.results.length ? [] : (found?.results ?? []);
		const complete = response?.results.length ?? 0;
		const partial = found && found.widened > 0 ? found.words : undefined;
		const count = results.length;
		status.textContent = !query && !filtered
			? 'Type a word, a phrase or a citation such as Art. 28(4).'
			: partial
				? complete === 0
					? `No page has all of these words; showing ${count} page${count === 1 ? '' : 's'} with most of them (${partial.join(', ')}).`
					: `${complete} page${complete === 1 ? ' has' : 's have'} all of these words; then ${count - complete} with most of them (${partial.join(', ')}).`
				: `${count} result${count === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}${filtered ? ' with the chosen filters' : ''}${count > shown ? `; showing the first ${shown}` : ''}${jumps.length > 0 ? '. The first link goes straight to the provision cited' : ''}.`;
		const slots = renderResults(jumps, [...named.values()], Math.min(count, shown), Boolean(query || filtered) && count === 0 && jumps.length === 0 && named.size === 0);
		const loaded = await fillBesideNames(results, slots, named, shown - named.size, fillResult, stale);
		if (stale() || !query || state.sort !== 'relevance') return;
		// Once the first results are drawn, pages named by the query move to the top.
		placeNamedFirst(list, slots, query, loaded);
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

	/**
	 * The jumps, the pages drawn from their names, then one empty item per result to come (filled by `fillResult`), or
	 * suggestions when nothing matched.
	 */
	function renderResults(jumps: Array<{ url: string; label: string }>, named: HTMLLIElement[], count: number, nothing: boolean): HTMLLIElement[] {
		const items: HTMLLIElement[] = jumps.map((jump) => {
			const item = element('li', { className: 'search-result search-result--jump' });
			item.append(element('a', { className: 'search-result__link', href: jump.url, textContent: jump.label }));
			return item;
		});
		const slots = Array.from({ length: count }, () => element('li', { className: 'search-result search-result--loading' }));
		if (nothing) {
			const item = element('li', { className: 'search-result search-result--none' });
			item.append(
				'Nothing found. Try fewer or other words, a citation such as Art. 28(4), or browse the ',
				element('a', { href: `${base}topics/`, textContent: 'topics' }),
				', the ',
				element('a', { href: `${base}contents/`, textContent: 'contents' }),
				' or the ',
				element('a', { href: `${base}critiques/`, textContent: 'critiques and responses' }),
				'.',
			);
			items.push(item);
		}
		// Pages drawn from their names are already listed, alone (no jump, nothing else); they stay where they are
		// (moving a node would take focus from it).
		if (named.length > 0) list.append(...items, ...slots);
		else list.replaceChildren(...items, ...slots);
		return slots;
	}

	/** A page drawn from its name alone: its title and kind, until its excerpt arrives. */
	function nameSlot(page: NamedPage): HTMLLIElement {
		const item = element('li', { className: 'search-result' });
		item.append(element('a', { className: 'search-result__link', href: withHighlight(page.url, state.query.trim()), textContent: page.title }));
		item.append(element('p', { className: 'search-result__excerpt', textContent: page.kind }));
		return item;
	}

	/** Draw one result in its place as soon as its data has arrived, or complete one drawn from its name (its link stays). */
	function fillResult(item: HTMLElement, result: PagefindResultData): void {
		const terms = state.query.trim();
		item.className = 'search-result';
		const excerpt = element('p', { className: 'search-result__excerpt', innerHTML: result.excerpt });
		if (item.querySelector('a')) {
			item.querySelector('p')?.replaceWith(excerpt);
		} else {
			item.append(element('a', { className: 'search-result__link', href: withHighlight(result.url, terms), textContent: result.meta.title ?? result.url }), excerpt);
		}
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
	}

	function withHighlight(url: string, terms: string): string {
		if (!terms) return url;
		const [path, hash] = url.split('#');
		return `${path}?highlight=${encodeURIComponent(terms)}${hash ? `#${hash}` : ''}`;
	}

	function links(): HTMLAnchorElement[] {
		return [...list.querySelectorAll<HTMLAnchorElement>('a.search-result__link')];
	}

	input.addEventListener('input', () => {
		state.query = input.value;
		void preload(base, state.query);
		void update();
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
	// A query given in the address or typed before the names file arrived is searched again, named pages first.
	void namesLoaded(base).then(() => {
		if (state.query.trim()) void update();
	});
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
