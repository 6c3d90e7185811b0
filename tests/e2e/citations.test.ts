/** Links and citations in Chromium: copy a paragraph link and open it, copy a citation, short addresses, defined terms. */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, collectErrors } from '../support/browser.ts';
import { serveWithBrowser } from '../support/served-site.ts';

const served = serveWithBrowser();

async function context(javaScript = true): Promise<BrowserContext> {
	const created = await served.browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1200, height: 900 } });
	await created.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.site.url).origin });
	return created;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('paragraph links', () => {
	test('copy the link to article 35, paragraph 1 (c), open it in a new window: it is in view and highlighted', async () => {
		const browsing = await context();
		const page = await browsing.newPage();
		const errors = collectErrors(page);
		await page.goto(new URL('articles/35/', served.site.url).href);
		const part = page.locator('.part__body:has(> #p1-c)');
		await part.hover();
		await part.locator('> a.part__permalink').click();
		const copied = await clipboard(page);
		expect(copied).toBe(new URL('articles/35/#p1-c', served.site.url).href);
		await page.waitForFunction(() => /Link to point \(c\) copied/.test(document.querySelector('p[role="status"]')?.textContent ?? ''));

		const reader = await browsing.newPage();
		await reader.goto(copied);
		const placement = await reader.locator('#p1-c').evaluate((element) => {
			const box = element.getBoundingClientRect();
			return { inView: box.top >= 0 && box.bottom <= window.innerHeight, background: getComputedStyle(element.closest('.part__body') as Element).backgroundColor };
		});
		expect(placement.inView).toBe(true);
		expect(placement.background).not.toBe('rgba(0, 0, 0, 0)');
		expect(errors).toEqual([]);
		await browsing.close();
	});

	test('copy the OSCOLA citation of a paragraph', async () => {
		const browsing = await context();
		const page = await browsing.newPage();
		await page.goto(new URL('articles/35/', served.site.url).href);
		await page.getByText('Cite paragraph 1', { exact: true }).click();
		await page.getByRole('button', { name: 'Copy the OSCOLA citation of paragraph 1' }).click();
		expect(await clipboard(page)).toBe('United Nations Convention against Cybercrime (adopted 24 December 2024, not yet in force) UNGA Res 79/243, annex, art 35(1)');
		await browsing.close();
	});

	test('copy the author-date citation of the industry critique of article 28(4), and fetch its BibTeX entry', async () => {
		const browsing = await context();
		const page = await browsing.newPage();
		await page.goto(new URL('critiques/icc-global-business-reject-2024-08/', served.site.url).href);
		await page.getByRole('button', { name: 'Copy the author-date citation of this piece' }).click();
		expect(await clipboard(page)).toMatch(/^International Chamber of Commerce\. \(2024, August\)\./);
		const bibtex = await page.evaluate(async (url) => (await fetch(url)).text(), new URL('cite/icc-global-business-reject-2024-08.bib', served.site.url).href);
		expect(bibtex).toMatch(/^@\w+\{[^,]+,\n/);
		expect(bibtex).toContain('International Chamber of Commerce');
		await browsing.close();
	});

	test('a short address lands on the anchor', async () => {
		const browsing = await context();
		const page = await browsing.newPage();
		await page.goto(new URL('a/35.1.c/', served.site.url).href);
		await page.waitForURL(/\/articles\/35\/#p1-c$/);
		await browsing.close();
	});

	test('without JavaScript the citations are on the page, the copy buttons stay hidden, the permalink is a plain link', async () => {
		const browsing = await context(false);
		const page = await browsing.newPage();
		await page.goto(new URL('articles/35/', served.site.url).href);
		await page.getByText('Cite paragraph 1', { exact: true }).click();
		await expect(page.locator('#cite-p1-oscola').isVisible()).resolves.toBe(true);
		expect(await page.getByRole('button', { name: 'Copy the OSCOLA citation of paragraph 1' }).count()).toBe(0);
		await expect(page.locator('.part__body:has(> #p1) > a.part__permalink').getAttribute('href')).resolves.toBe('#p1');
		await browsing.close();
	});
});

describe('defined terms', () => {
	test('open by click and by keyboard, close with Escape; never by hover', async () => {
		const browsing = await context();
		const page = await browsing.newPage();
		await page.goto(new URL('articles/35/', served.site.url).href);
		const button = page.locator('button.term__button[popovertarget="term-h"]').first();
		const popover = page.locator('#term-h');
		await button.hover();
		expect(await popover.evaluate((element) => element.matches(':popover-open'))).toBe(false);
		await button.click();
		expect(await popover.evaluate((element) => element.matches(':popover-open'))).toBe(true);
		await expect(popover.textContent()).resolves.toMatch(/Serious crime \(article 2 \(h\), our summary\)/);
		await page.keyboard.press('Escape');
		expect(await popover.evaluate((element) => element.matches(':popover-open'))).toBe(false);
		await button.focus();
		await page.keyboard.press('Enter');
		expect(await popover.evaluate((element) => element.matches(':popover-open'))).toBe(true);
		const violations = await axeViolations(page);
		expect(violations, JSON.stringify(violations)).toEqual([]);
		await browsing.close();
	});
});
