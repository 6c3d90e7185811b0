/** Reading the site in Chromium: navigation, paragraph links, accessibility, small screens, print. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, collectErrors } from '../support/browser.ts';
import { serveWithBrowser } from '../support/served-site.ts';

const served = serveWithBrowser();

async function open(url: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; errors: string[] }> {
	const page = await served.browser.newPage({ viewport: { width: options.width ?? 1200, height: 800 }, colorScheme: options.colorScheme ?? 'light' });
	const errors = collectErrors(page);
	await page.goto(new URL(url, served.site.url).href);
	return { page, errors };
}

describe('reading an article', () => {
	test('open article 28, follow next to 29 and previous back to 28', async () => {
		const { page, errors } = await open('articles/28/');
		await expect(page.locator('h1').textContent()).resolves.toMatch(/Article 28\s*Search and seizure of stored electronic data/);
		await page.getByRole('link', { name: /Next.*Article 29/ }).click();
		await page.waitForURL(/\/articles\/29\/$/);
		await expect(page.locator('h1').textContent()).resolves.toMatch(/Article 29/);
		await page.getByRole('link', { name: /Previous.*Article 28/ }).click();
		await page.waitForURL(/\/articles\/28\/$/);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('opening a #paragraph link brings that paragraph into view and highlights it', async () => {
		const { page } = await open('articles/28/#p4');
		const inView = await page.locator('#p4').evaluate((element) => {
			const box = element.getBoundingClientRect();
			return box.top >= 0 && box.bottom <= window.innerHeight;
		});
		expect(inView).toBe(true);
		const background = (selector: string) =>
			page.locator(selector).evaluate((element) => getComputedStyle(element.closest('.part__body') as Element).backgroundColor);
		expect(await background('#p4')).not.toBe('rgba(0, 0, 0, 0)');
		expect(await background('#p1')).toBe('rgba(0, 0, 0, 0)');
		await page.close();
	});

	test('a point and a defined term can be opened by their links too', async () => {
		const { page } = await open('articles/2/#h');
		await expect(page.locator('#h').textContent()).resolves.toMatch(/\(h\)\s*Serious crime/i);
		expect(await page.locator('#h').evaluate((element) => element.getBoundingClientRect().top < window.innerHeight)).toBe(true);
		await page.close();
	});

	test('the paragraph headings are real headings named "Paragraph N"', async () => {
		const { page } = await open('articles/28/');
		expect(await page.getByRole('heading', { name: 'Paragraph 4', level: 2, exact: true }).count()).toBe(1);
		expect(await page.getByRole('heading', { name: 'Point (a)', level: 3, exact: true }).count()).toBe(2); // 1(a) and 3(a)
		await page.close();
	});
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
	const pages = ['', 'contents/', 'articles/28/', 'articles/2/', 'articles/65/', 'preamble/', 'chapters/4/', 'topics/', 'topics/data-sharing/', 'about/', 'timeline/', 'status/', 'data/', 'convention/', 'who-objects/', 'participants/', 'concordance/', 'concordance/chapters/4/', 'participants/by-date/', 'states/', 'states/bra/', 'states/eu/', 'organisations/', 'organisations/tech-accord/', 'critiques/', 'critiques/icc-global-business-reject-2024-08/', 'search/?q=extradition'];
	for (const colorScheme of ['light', 'dark'] as const) {
		test.each(pages)(`/%s has no violations (${colorScheme})`, async (url) => {
			const { page, errors } = await open(url, { colorScheme });
			expect(await axeViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		});
	}

	test('the skip link is the first thing the keyboard reaches and moves focus to the main content', async () => {
		const { page } = await open('articles/28/');
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
		await page.close();
	});
});

describe('small screens and print', () => {
	test.each(['', 'articles/2/', 'articles/28/', 'preamble/', 'chapters/4/', 'contents/', 'convention/', 'timeline/', 'status/', 'topics/data-sharing/', 'critiques/', 'critiques/icc-global-business-reject-2024-08/', 'organisations/', 'organisations/tech-accord/', 'who-objects/', 'participants/', 'concordance/', 'states/bra/', 'search/?q=extradition', 'about/', 'data/'])('/%s fits a 320 px screen without sideways scrolling', async (url) => {
		const { page } = await open(url, { width: 320 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.close();
	});

	test('print hides the navigation and writes external links out', async () => {
		const { page } = await open('articles/28/');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-nav').isVisible()).toBe(false);
		expect(await page.locator('.pager').isVisible()).toBe(false);
		const after = await page
			.locator('.notice a[href^="https://docs.un.org"]')
			.evaluate((element) => getComputedStyle(element, '::after').content);
		expect(after).toContain('https://docs.un.org/en/A/RES/79/243');
		await page.close();
	});
});

describe('printing an article', () => {
	test('prints the summaries, the commentary and each paragraph link written out as a URL', async () => {
		const { page } = await open('articles/28/');
		await page.emulateMedia({ media: 'print' });
		const printedLink = await page.locator('.part__permalink[href="#p4"]').evaluate((element) => getComputedStyle(element, '::before').content);
		expect(printedLink).toBe(`"${new URL('articles/28/#p4', served.site.url).href.replace(/^http:\/\/127\.0\.0\.1:\d+/, 'http://localhost:4321')}"`);
		expect(await page.locator('.part:has(> .part__body > #p4) > .part__margin .commentary').isVisible()).toBe(true);
		expect(await page.locator('.part__body:has(> #p4) > p').last().isVisible()).toBe(true);
		expect(await page.locator('.site-search').isVisible()).toBe(false);
		await page.close();
	});
});

describe('dark mode contrast on every page type (axe-core)', () => {
	test.each(['critiques/', 'critiques/techaccord-pr-grave-concerns-2024/', 'organisations/tech-accord/', 'who-objects/', 'topics/research-exemptions/'])('/%s', async (url) => {
		const { page, errors } = await open(url, { colorScheme: 'dark' });
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('/search/ with results', async () => {
		const { page } = await open('search/?q=surveillance', { colorScheme: 'dark' });
		await page.waitForSelector('.search-results > li');
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
