/**
 * Copying links and citations. A part's "#" link copies the full URL of that paragraph and moves to it; a "Copy"
 * button copies the citation text it names. Without JavaScript the links still work and the citations can be
 * selected; the copy buttons stay hidden.
 */
const announcer = document.createElement('p');
announcer.className = 'visually-hidden';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

function announce(message: string): void {
	announcer.textContent = '';
	window.setTimeout(() => (announcer.textContent = message), 50);
}

async function copy(text: string, done: string): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
		announce(done);
	} catch {
		announce('Could not copy; select the text and copy it yourself.');
	}
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;

document.addEventListener('click', (event) => {
	const target = event.target as Element | null;
	const link = target?.closest<HTMLAnchorElement>('a.part__permalink, a.permalink');
	if (link) {
		event.preventDefault();
		const url = new URL(link.getAttribute('href') ?? '', window.location.href);
		url.search = '';
		void copy(url.href, `${link.dataset.label ?? link.getAttribute('aria-label') ?? 'Link'} copied`);
		if (url.hash) window.location.hash = url.hash;
		return;
	}
	const button = target?.closest<HTMLButtonElement>('button[data-copy]');
	if (button) {
		const source = document.getElementById(button.dataset.copy ?? '');
		if (source) void copy(source.textContent?.trim() ?? '', `${button.getAttribute('aria-label') ?? 'Text'}: copied`);
	}
});

export {};
