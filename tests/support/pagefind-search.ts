/** Runs a query on the real search page, over the real built index, and reads the results as a reader sees them. */
import type { Page } from 'playwright-core';

/** Open the search page for `query` and return the result URLs (without the highlight parameter), best first. */
export async function searchResults(page: Page, siteUrl: string, query: string): Promise<string[]> {
	await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href);
	await page.waitForFunction(() => /result|with most of them/.test(document.querySelector('.search-status')?.textContent ?? ''));
	// Results are drawn one by one as their data arrives: wait for the last.
	await page.waitForFunction(() => document.querySelector('.search-results > .search-result--loading') === null);
	const hrefs = await page.locator('.search-results > li:not(.search-result--jump) > a.search-result__link').evaluateAll((links) =>
		links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
	);
	const base = new URL(siteUrl).pathname.replace(/\/$/, '');
	return hrefs.map((href) => href.slice(base.length));
}
