/**
 * On every page: pressing "/" anywhere outside a text field focuses the search box; and the first sign of intent on
 * the header box (focus, "/", the pointer over it) loads the in-place search panel (`search-panel.ts`), which warms
 * Pagefind at once. Until then no search code is loaded.
 */
document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
	const target = event.target as HTMLElement | null;
	if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
	const box = document.querySelector<HTMLInputElement>('[data-search-box]:not([hidden]) input[type="search"]');
	if (!box) return;
	event.preventDefault();
	box.focus();
});

const header = document.querySelector<HTMLFormElement>('form[data-search-panel]');
if (header) {
	const intent = () => {
		for (const name of ['focusin', 'pointerenter', 'touchstart'] as const) header.removeEventListener(name, intent);
		void import('./search-panel.ts').then(({ startPanel }) => startPanel(header));
	};
	for (const name of ['focusin', 'pointerenter', 'touchstart'] as const) header.addEventListener(name, intent, { passive: true });
}
