/**
 * The reading layout as a reader meets it (issue 11): text first on a laptop and a phone, three zones on a wide
 * screen, a header that fits, the whole Convention on one page, the heat map that fits a laptop screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { outlineOf } from '../../src/lib/provision-outline.ts';
import { readProvisions } from '../support/content-files.ts';
import { serveWithBrowser } from '../support/served-site.ts';

const served = serveWithBrowser();

async function open(url: string, width: number, height: number): Promise<Page> {
	const page = await served.browser.newPage({ viewport: { width, height } });
	await page.goto(new URL(url, served.site.url).href);
	return page;
}

/** Top of the first text of the provision (its first part, or its overview), relative to the top of the page. */
const firstTextTop = (page: Page) =>
	page.evaluate(() => {
		const first = document.querySelector('.provision-text .part__body, .provision-text > p');
		return first ? first.getBoundingClientRect().top + window.scrollY : Number.POSITIVE_INFINITY;
	});

describe('text first', () => {
	const screens = [
		[1280, 800],
		[390, 844],
	] as const;
	for (const [width, height] of screens) {
		test.each(['articles/28/', 'articles/2/', 'articles/11/', 'articles/24/', 'articles/40/'])(`%s: the first paragraph starts inside the first screen at ${width}x${height}`, async (url) => {
			const page = await open(url, width, height);
			const top = await firstTextTop(page);
			expect(top, `${url} first text at ${top}px`).toBeLessThan(height - 40);
			await page.close();
		});
	}
});

describe('three zones on a wide screen', () => {
	test('at 1280 px the navigation is left of the text and the commentary of paragraph 4 right of it, level with it', async () => {
		const page = await open('articles/28/', 1280, 800);
		const box = (selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
		const nav = await box('.article-nav--column');
		const text = await box('.part__body:has(> #p4)');
		const margin = await box('.part:has(> .part__body > #p4) > .part__margin');
		expect(nav.right).toBeLessThanOrEqual(text.left);
		expect(margin.left).toBeGreaterThanOrEqual(text.right);
		expect(Math.abs(margin.top - text.top)).toBeLessThan(40);
		// The margin note is a count that opens the claims in place.
		const note = page.locator('#notes-p4');
		await expect(note.locator('summary').textContent()).resolves.toMatch(/\d+ concerns?/);
		expect(await note.locator('.commentary').isVisible()).toBe(false);
		await note.locator('summary').click();
		expect(await note.locator('.commentary').isVisible()).toBe(true);
		// The navigation lists the paragraphs and the chapter's articles.
		await expect(page.locator('.article-nav--column a[href="#p4"]').count()).resolves.toBe(1);
		await expect(page.locator('.article-nav--column a[aria-current="page"]').textContent()).resolves.toMatch(/^\s*28\. Search and seizure/);
		await page.close();
	});

	test('below the wide layout the navigation is a closed disclosure and each margin a marker after its part', async () => {
		const page = await open('articles/28/', 390, 844);
		expect(await page.locator('.article-nav--column').isVisible()).toBe(false);
		const disclosure = page.locator('details.article-nav--disclosure');
		expect(await disclosure.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
		const text = await page.locator('.part__body:has(> #p4)').evaluate((element) => element.getBoundingClientRect().bottom);
		const margin = await page.locator('.part:has(> .part__body > #p4) > .part__margin').evaluate((element) => element.getBoundingClientRect().top);
		expect(margin).toBeGreaterThanOrEqual(text - 1);
		await page.close();
	});
});

describe('a header that fits', () => {
	test('one line from 1024 px: name, navigation and search box side by side', async () => {
		const page = await open('articles/28/', 1024, 700);
		const tops = await page.evaluate(() => ['.site-name', '.site-nav', '.site-search'].map((selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1));
		expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(20);
		expect(await page.locator('.site-menu').isVisible()).toBe(false);
		await page.close();
	});

	test('at most two lines on a phone, the rest behind a Menu that opens without JavaScript', async () => {
		const context = await served.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL('articles/28/', served.site.url).href);
		const lineHeight = await page.locator('.site-name').evaluate((element) => element.getBoundingClientRect().height);
		const header = await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().height);
		expect(header).toBeLessThan(lineHeight * 2 + 60);
		expect(await page.locator('.site-nav').isVisible()).toBe(false);
		await page.locator('.site-menu > summary').click();
		expect(await page.getByRole('navigation', { name: 'Main (menu)' }).getByRole('link', { name: 'Organisations' }).isVisible()).toBe(true);
		await context.close();
	});
});

describe('the whole Convention on one page', () => {
	test('every part of every article has its own anchor, and the ids are unique', async () => {
		const page = await open('convention/', 1280, 800);
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
		expect(new Set(ids).size).toBe(ids.length);
		const expected = readProvisions().flatMap((entry) =>
			entry.data.kind === 'article' ? [`a${entry.data.number}`, ...outlineOf(entry.body, entry.file).map((part) => `a${entry.data.kind === 'article' ? entry.data.number : 0}-${part.id}`)] : ['preamble'],
		);
		const present = new Set(ids);
		expect(expected.filter((id) => !present.has(id))).toEqual([]);
		expect(expected.length).toBeGreaterThan(200);
		await page.close();
	});

	test('each part says what it rests on, and a part with commentary links to it on its article page', async () => {
		const page = await open('convention/#a28-p4', 1280, 800);
		const part = page.locator('.part:has(> .part__body > #a28-p4)');
		await expect(part.locator('.part__basis').first().textContent()).resolves.toMatch(/Numbering not verified/);
		await expect(part.locator('.one-page__notes a').getAttribute('href')).resolves.toMatch(/\/articles\/28\/#p4$/);
		expect(await page.locator('#a28-p4').evaluate((element) => element.getBoundingClientRect().top < window.innerHeight)).toBe(true);
		await page.close();
	});

	test('printed, it is one clean column without navigation', async () => {
		const page = await open('convention/', 1280, 800);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.one-page__toc').isVisible()).toBe(false);
		expect(await page.locator('.site-nav').isVisible()).toBe(false);
		expect(await page.locator('#a11-p2').isVisible()).toBe(true);
		await page.close();
	});
});

describe('who objects to what', () => {
	test('the heat map fits a 1280 px screen, keeps its numbers and has a legend', async () => {
		const page = await open('who-objects/', 1280, 800);
		const fits = await page.locator('.table-scroll:has(.matrix)').evaluate((element) => element.scrollWidth <= element.clientWidth);
		expect(fits).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
		await expect(page.locator('.heat-legend li').count()).resolves.toBe(5);
		const shaded = page.locator('td.heat-4').first();
		await expect(shaded.textContent()).resolves.toMatch(/\d+/);
		await page.close();
	});
});
