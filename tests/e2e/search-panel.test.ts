/** Search in place from every page (issue 12): the header panel, its keyboard use, its loading on intent, fallbacks. */
import { describe, expect, test } from 'vitest';
import { axeViolations, collectErrors } from '../support/browser.ts';
import { serveWithBrowser } from '../support/served-site.ts';

const served = serveWithBrowser();

describe('the header box answers in place', () => {
	test('nothing of search loads before the reader shows intent; typing shows results under the box', async () => {
		const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
		const errors = collectErrors(page);
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(new URL('articles/28/', served.site.url).href);
		await page.waitForLoadState('networkidle');
		expect(requested.filter((url) => url.includes('/pagefind/') || /search-panel|search-engine/.test(url))).toEqual([]);
		await page.locator('#site-search-q').focus();
		await page.keyboard.type('extradition');
		await page.waitForSelector('.search-panel__results li a');
		expect(await page.locator('.search-panel').isVisible()).toBe(true);
		await expect(page.locator('.search-panel__results li a').first().getAttribute('href')).resolves.toMatch(/\/articles\/37\/$/);
		await expect(page.locator('#site-search-q').getAttribute('aria-controls')).resolves.toBe('search-panel');
		await expect(page.locator('.search-panel__all').getAttribute('href')).resolves.toMatch(/\/search\/\?q=extradition$/);
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the pages a query names are drawn before Pagefind answers, then completed by it (focus kept), none listed twice', async () => {
		const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(new URL('articles/28/', served.site.url).href);
		await page.locator('#site-search-q').focus();
		await page.waitForResponse((response) => response.url().endsWith('/search-names.json'));
		// Hold every index chunk and fragment until the names have been drawn.
		let release: () => void = () => undefined;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/pagefind\/(index|fragment)\//, async (route) => {
			await held;
			await route.continue();
		});
		await page.keyboard.type('extradition');
		await page.waitForFunction(() => (document.querySelector('.search-panel__status')?.textContent ?? '').includes('“extradition”'));
		await expect(page.locator('.search-panel__status').textContent()).resolves.toMatch(/^(A page|Pages) named “extradition”; searching the full text…$/);
		await expect(page.locator('.search-panel__results li a').first().getAttribute('href')).resolves.toMatch(/\/articles\/37\/$/);
		await expect(page.locator('.search-panel__results li p').first().textContent()).resolves.toBe('Article');
		await page.keyboard.press('ArrowDown');
		release();
		await page.waitForFunction(() => /results? for “extradition”/.test(document.querySelector('.search-panel__status')?.textContent ?? ''));
		await page.waitForFunction(() => [...document.querySelectorAll('.search-panel__results li')].every((item) => item.querySelector('a') && item.querySelector('p')?.textContent !== ''));
		await page.waitForLoadState('networkidle');
		const hrefs = await page.locator('.search-panel__results li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(new Set(hrefs).size).toBe(hrefs.length);
		expect(hrefs.length).toBeLessThanOrEqual(6);
		expect(hrefs[0]).toMatch(/\/articles\/37\/$/);
		// The named article now shows its excerpt from the index, not just its kind, and kept the focus it had.
		await expect(page.locator('.search-panel__results li p').first().textContent()).resolves.not.toBe('Article');
		await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toMatch(/\/articles\/37\/$/);
		await page.close();
	});

	test('keyboard: down into the results and between them, Escape back to the box with the panel closed', async () => {
		const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(new URL('articles/28/', served.site.url).href);
		await page.locator('#site-search-q').focus();
		await page.keyboard.type('search and seizure');
		await page.waitForFunction(() => /results? for “search and seizure”/.test(document.querySelector('.search-panel__status')?.textContent ?? ''));
		await page.keyboard.press('ArrowDown');
		const first = await page.evaluate(() => document.activeElement?.closest('.search-panel') !== null && document.activeElement?.tagName);
		expect(first).toBe('A');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
		expect(await page.locator('.search-panel').isVisible()).toBe(false);
		await page.close();
	});

	test('Enter in the box opens the search page with the query', async () => {
		const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(new URL('articles/28/', served.site.url).href);
		await page.locator('#site-search-q').fill('dual criminality');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=dual\+criminality$/);
		await page.close();
	});

	test('without JavaScript the box is a form that opens the search page', async () => {
		const context = await served.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL('articles/28/', served.site.url).href);
		await page.locator('#site-search-q').fill('extradition');
		await page.locator('#site-search-q').press('Enter');
		await page.waitForURL(/\/search\/\?q=extradition$/);
		await context.close();
	});
});

describe('never a dead end', () => {
	test('when no page has all the words, the most informative ones are searched and the page says so', async () => {
		const page = await served.browser.newPage();
		await page.goto(new URL(`search/?q=${encodeURIComponent('can a journalist be prosecuted for hacking')}`, served.site.url).href);
		await page.waitForFunction(() => /No page has all of these words/.test(document.querySelector('.search-status')?.textContent ?? ''));
		await page.waitForFunction(() => document.querySelector('.search-results > .search-result--loading') === null);
		expect(await page.locator('.search-results > li a.search-result__link').count()).toBeGreaterThan(0);
		await page.close();
	});

	test('when nothing matches at all, it points to the topics and the contents', async () => {
		const page = await served.browser.newPage();
		await page.goto(new URL('search/?q=qqzzxxwwvv', served.site.url).href);
		await page.waitForSelector('.search-result--none');
		await expect(page.locator('.search-result--none a').allTextContents()).resolves.toEqual(['topics', 'contents', 'critiques and responses']);
		await page.close();
	});
});
