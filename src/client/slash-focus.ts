/** Pressing "/" anywhere outside a text field focuses the search box in the header (or on the search page). */
document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
	const target = event.target as HTMLElement | null;
	if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
	const box = document.querySelector<HTMLInputElement>('[data-search-box]:not([hidden]) input[type="search"]');
	if (!box) return;
	event.preventDefault();
	box.focus();
});
