/**
 * Arriving from a search result (`?highlight=terms#p4`), mark the search terms on the page with Pagefind's
 * highlighter. The paragraph itself is already highlighted by CSS (:target). Loads nothing otherwise.
 */
const terms = new URLSearchParams(window.location.search).get('highlight');
if (terms) {
	const base = document.documentElement.dataset.base ?? '/';
	void import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`).then(() => {
		const Highlight = (window as unknown as { PagefindHighlight?: new (options: object) => unknown }).PagefindHighlight;
		if (Highlight) new Highlight({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false });
	});
}
