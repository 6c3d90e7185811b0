/** The critiques layer in Chromium: from a paragraph to a critique and back, filters, the table, accessibility. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, collectErrors } from '../support/browser.ts';
import { serveWithBrowser } from '../support/served-site.ts';

const served = serveWithBrowser();

async function open(url: string, width = 1200): Promise<{ page: Page; errors: string[] }> {
	const page = await served.browser.newPage({ viewport: { width, height: 800 } });
	const errors = collectErrors(page);
	await page.goto(new URL(url, served.site.url).href);
	return { page, errors };
}

describe('from a paragraph to a critique and back', () => {
	test('article 28, paragraph 4 -> a critique of it -> back to paragraph 4, highlighted', async () => {
		const { page, errors } = await open('articles/28/#p4');
		// The margin beside paragraph 4 counts its commentary; opening it shows the claims in place.
		await expect(page.locator('#notes-p4 > summary').textContent()).resolves.toMatch(/\d+ concerns?\s*\(/);
		await page.locator('#notes-p4 > summary').click();
		const commentary = page.locator('.part:has(> .part__body > #p4) > .part__margin .commentary');
		await expect(commentary.locator('.commentary__title').textContent()).resolves.toMatch(/Commentary on paragraph 4: \d+ concern/);
		await commentary.getByRole('link', { name: 'Our summary of this piece' }).first().click();
		await page.waitForURL(/\/critiques\/[a-z0-9-]+\/#claim-[a-z0-9-]+$/);
		const claimId = new URL(page.url()).hash;
		const claim = page.locator(`li:has(> ${claimId})`);
		await expect(claim.getByRole('link', { name: 'Article 28, paragraph 4' }).count()).resolves.toBe(1);
		await claim.getByRole('link', { name: 'Article 28, paragraph 4' }).click();
		await page.waitForURL(/\/articles\/28\/#p4$/);
		const highlighted = await page.locator('#p4').evaluate((element) => getComputedStyle(element.closest('.part__body') as Element).backgroundColor);
		expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
		expect(errors).toEqual([]);
		await page.close();
	});

	test('an article nobody commented on says so, and the table lists it as such', async () => {
		const { page } = await open('who-objects/');
		const uncommented = page.locator('h2:has-text("Provisions no one in our collection comments on") + p a').first();
		const label = await uncommented.textContent();
		await uncommented.click();
		await expect(page.locator('h1').textContent()).resolves.toContain(label ?? '');
		await expect(page.locator('.commentary-none').textContent()).resolves.toMatch(/No critique or response in our collection cites this (article|preamble) yet/);
		expect(await page.locator('.commentary').count()).toBe(0);
		await page.close();
	});

	test('a static filter narrows the list of critiques', async () => {
		const { page } = await open('critiques/');
		const all = await page.locator('.critique-list > li').count();
		await page.getByRole('link', { name: /^NGOs \(\d+\)$/ }).click();
		await page.waitForURL(/\/critiques\/type\/ngo\/$/);
		const ngos = await page.locator('.critique-list > li').count();
		expect(ngos).toBeGreaterThan(0);
		expect(ngos).toBeLessThan(all);
		await expect(page.getByRole('link', { name: /^NGOs \(\d+\)$/ }).getAttribute('aria-current')).resolves.toBe('page');
		await page.close();
	});

	test('a cell of the who-objects table leads to that stakeholder group on the article page', async () => {
		const { page } = await open('who-objects/');
		const row = page.locator('tr', { has: page.getByRole('link', { name: 'Article 28', exact: true }) });
		await row.locator('a[href$="#who-industry-group"]').click();
		await page.waitForURL(/\/articles\/28\/#who-industry-group$/);
		await expect(page.locator('#who-industry-group').textContent()).resolves.toBe('Industry groups');
		await page.close();
	});
});

describe('accessibility of the critiques layer (axe-core)', () => {
	test.each(['articles/28/', 'critiques/', 'critiques/type/ngo/', 'critiques/reuters-hanoi-signing-rights-concerns-2025-10/', 'organisations/', 'organisations/tech-accord/', 'who-objects/', 'topics/research-exemptions/'])(
		'/%s has no violations',
		async (url) => {
			const { page, errors } = await open(url);
			expect(await axeViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		},
	);

	test('the who-objects table scrolls inside its box on a 320 px screen, not the page', async () => {
		const { page } = await open('who-objects/', 320);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.close();
	});
});
