/**
 * Search in place from every page: the header box answers in a panel under itself with the first results, each drawn
 * as soon as its data arrives (the pages the query names are drawn first, in the frame after the key, from the names
 * file), and "All results" leading to /search/ with the query. Keyboard: ArrowDown from the box
 * into the results, ArrowUp/ArrowDown between them, Enter follows a result (Enter in the box opens the search page),
 * Escape closes the panel and puts focus back in the box. Loaded by `slash-focus.ts` only when the reader shows
 * intent; without JavaScript the box is a plain form that opens the search page.
 */
import type { NamedPage } from '../lib/name-match.ts';
import { fillBesideNames, namedPages, namesLoaded, preload, searchWide, placeNamedFirst, warm, type PagefindResult, type PagefindResultData } from './search-engine.ts';

/** How many results the panel shows. */
const shown = 6;
/** How many of them may be drawn from names alone, before Pagefind answers. */
const namedFirst = 3;

export function startPanel(form: HTMLFormElement): void {
	const base = document.documentElement.dataset.base ?? '/';
	const input = form.querySelector<HTMLInputElement>('input[type="search"]');
	if (!input || form.dataset.panel === 'on') return;
	form.dataset.panel = 'on';
	void warm(base);

	const panel = element('div', { className: 'search-panel', id: 'search-panel', hidden: true });
	const status = element('p', { className: 'search-panel__status' });
	status.setAttribute('role', 'status');
	const list = element('ul', { className: 'search-panel__results' });
	list.setAttribute('aria-label', 'First results');
	const all = element('a', { className: 'search-panel__all', textContent: 'All results' });
	panel.append(status, list, all);
	form.append(panel);
	input.setAttribute('aria-controls', panel.id);

	let run = 0;
	/** Set when Escape closes the panel and gives focus back to the box, so that focus does not reopen it. */
	let dismissed = false;
	const open = (visible: boolean) => {
		panel.hidden = !visible;
	};
	const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];

	async function update(): Promise<void> {
		const current = ++run;
		const stale = () => current !== run;
		const query = input!.value.trim();
		if (!query) {
			open(false);
			return;
		}
		all.href = `${base}search/?q=${encodeURIComponent(query)}`;
		const named = new Map(namedPages(query, namedFirst).map((page) => [page.url, nameSlot(page)] as const));
		if (named.size > 0) {
			status.textContent = `${named.size === 1 ? 'A page' : 'Pages'} named “${query}”; searching the full text…`;
			list.replaceChildren(...named.values());
			open(true);
		}
		const found = await searchWide(base, query);
		if (stale()) return;
		const results: PagefindResult[] = found.results;
		const complete = found.response?.results.length ?? 0;
		const partial = complete === 0 && results.length > 0;
		status.textContent =
			results.length === 0
				? `Nothing found for “${query}”. Try other words or browse the topics.`
				: partial
					? 'No page has all of these words; pages with most of them:'
					: `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”`;
		const slots = results.slice(0, shown).map(() => element('li', { className: 'search-panel__result' }));
		// Pages drawn from their names stay where they are (moving a node would take focus from it).
		if (named.size > 0) list.append(...slots);
		else list.replaceChildren(...slots);
		all.textContent = results.length > shown ? `All ${results.length} results` : 'Open the search page';
		open(true);
		const loaded = await fillBesideNames(results, slots, named, shown - named.size, fill, stale);
		if (stale()) return;
		placeNamedFirst(list, slots, query, loaded);
	}

	/** A page drawn from its name alone: its title and kind, until its excerpt arrives. */
	function nameSlot(page: NamedPage): HTMLLIElement {
		const item = element('li', { className: 'search-panel__result' });
		item.append(element('a', { href: page.url, textContent: page.title }), element('p', { textContent: page.kind }));
		return item;
	}

	/** Draw a result, or complete one drawn from its name (its link stays, so focus on it is kept). */
	function fill(item: HTMLElement, data: PagefindResultData): void {
		const excerpt = element('p', { innerHTML: data.excerpt });
		if (item.querySelector('a')) item.querySelector('p')?.replaceWith(excerpt);
		else item.append(element('a', { href: data.url, textContent: data.meta.title ?? data.url }), excerpt);
	}

	input.addEventListener('input', () => {
		void preload(base, input.value);
		void update();
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' && !panel.hidden) {
			event.preventDefault();
			links()[0]?.focus();
		} else if (event.key === 'Escape' && !panel.hidden) {
			event.preventDefault();
			open(false);
		}
	});
	panel.addEventListener('keydown', (event) => {
		const items = links();
		const index = items.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'Escape') {
			event.preventDefault();
			open(false);
			dismissed = true;
			input.focus();
		} else if (event.key === 'ArrowDown' && index < items.length - 1) {
			event.preventDefault();
			items[index + 1]?.focus();
		} else if (event.key === 'ArrowUp') {
			event.preventDefault();
			(index <= 0 ? input : items[index - 1])?.focus();
		}
	});
	form.addEventListener('focusout', (event) => {
		if (!form.contains(event.relatedTarget as Node | null)) open(false);
	});
	input.addEventListener('focus', () => {
		if (!dismissed && input.value.trim() && list.childElementCount > 0) open(true);
		dismissed = false;
	});
	if (input.value.trim()) void update();
	// A query typed before the names file arrived is searched again, so its named pages are drawn at once.
	void namesLoaded(base).then(() => {
		if (input.value.trim()) void update();
	});
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
	return Object.assign(document.createElement(tag), properties);
}
