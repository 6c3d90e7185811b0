/** States (issue 13) in Chromium: from the home page to Brazil's page, the map, and both without JavaScript. */
import { describe, expect, test } from 'vitest';
import { axeViolations, collectErrors } from '../support/browser.ts';
import { serveWithBrowser } from '../support/served-site.ts';

const served = serveWithBrowser();

describe('a reader asking "did my country sign, and what did it say?"', () => {
	test('home -> States -> Brazil: signed in Hanoi with the depositary as source, its statement, the provisions it commented on', async () => {
		const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
		const errors = collectErrors(page);
		await page.goto(served.site.url);
		await page.getByRole('link', { name: 'page for each State' }).click();
		await page.getByRole('link', { name: 'Brazil', exact: true }).click();
		await page.waitForURL(/\/states\/bra\/$/);
		const participation = page.locator('#participation ~ .table-scroll table');
		await expect(participation.locator('tbody tr').first().textContent()).resolves.toMatch(/Signature\s*25 October 2025.*UN Treaty Collection.*Depositary/s);
		await expect(page.locator('#statements ~ ul.claims > li').count()).resolves.toBeGreaterThan(0);
		const provisions = page.locator('#provisions + ul a');
		expect(await provisions.count()).toBeGreaterThan(0);
		await provisions.first().click();
		await page.waitForURL(/\/(articles\/\d+|preamble)\/$/);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the map shows who signed, links each State with a page, and has a legend; the table says the same', async () => {
		const page = await served.browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(new URL('participants/', served.site.url).href);
		const brazil = page.locator('.world-map a[aria-label="Brazil: Signed"]');
		await expect(brazil.count()).resolves.toBe(1);
		await expect(brazil.getAttribute('href')).resolves.toMatch(/\/states\/bra\/$/);
		await expect(page.locator('.world-map a[aria-label^="Azerbaijan: Ratification reported"]').count()).resolves.toBe(1);
		await expect(page.locator('.map-legend li').allTextContents()).resolves.toEqual(expect.arrayContaining(['Signed', 'No signature found']));
		const rows = page.locator('table.participants tbody tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(78);
		// The map fits a phone's width.
		const width = await page.locator('.world-map svg').evaluate((svg) => svg.getBoundingClientRect().width);
		expect(width).toBeLessThanOrEqual(390);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('without JavaScript the map and the State pages are all there', async () => {
		const context = await served.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL('participants/', served.site.url).href);
		expect(await page.locator('.world-map path').count()).toBeGreaterThan(150);
		await page.locator('.world-map a[aria-label="Brazil: Signed"]').click();
		await page.waitForURL(/\/states\/bra\/$/);
		await expect(page.locator('h1').textContent()).resolves.toContain('Brazil');
		await context.close();
	});

	test('sorting needs no script: by date the earliest action comes first, by action the signatures first', async () => {
		const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(new URL('participants/by-date/', served.site.url).href);
		await expect(page.locator('.sort-links a[aria-current="page"]').textContent()).resolves.toBe('date');
		const dates = await page.locator('table.participants tbody tr td:nth-child(4) time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
		expect(dates).toEqual([...dates].sort());
		await page.goto(new URL('participants/by-action/', served.site.url).href);
		await expect(page.locator('table.participants tbody tr td:nth-child(3)').first().textContent()).resolves.toBe('Signature');
		await page.close();
	});
});
