/** Privacy and security in Chromium: no request leaves the site, the Content-Security-Policy holds and does not break anything. */
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security.ts';
import { collectErrors } from '../support/browser.ts';
import { serveWithBrowser } from '../support/served-site.ts';

const served = serveWithBrowser();

const pageTypes = [
	'',
	'contents/',
	'chapters/4/',
	'articles/28/',
	'articles/2/',
	'preamble/',
	'topics/data-sharing/',
	'critiques/',
	'critiques/techaccord-pr-grave-concerns-2024/',
	'organisations/eff/',
	'who-objects/',
	'about/',
	'a/28.4/',
	'search/?q=surveillance',
	'articles/28/?highlight=search#p1',
];

describe('privacy: every request stays on the site', () => {
	test.each(pageTypes)('/%s makes no request to another host', async (url) => {
		const page = await served.browser.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const errors = collectErrors(page);
		await page.goto(new URL(url, served.site.url).href, { waitUntil: 'networkidle' });
		if (url.startsWith('search/')) await page.waitForSelector('.search-results > li');
		const origin = new URL(served.site.url).origin;
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((request) => new URL(request).origin !== origin && !request.startsWith('data:'))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('Content-Security-Policy', () => {
	test('every page carries the policy', async () => {
		const page = await served.browser.newPage();
		await page.goto(new URL('articles/28/', served.site.url).href);
		expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(contentSecurityPolicy);
		await page.close();
	});

	test('an injected inline script is refused, and the refusal is reported', async () => {
		const page = await served.browser.newPage();
		await page.goto(new URL('articles/28/', served.site.url).href);
		const outcome = await page.evaluate(async () => {
			const violations: string[] = [];
			document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
			const script = document.createElement('script');
			script.textContent = 'window.__inlineRan = true;';
			document.head.append(script);
			await new Promise((resolve) => setTimeout(resolve, 100));
			return { ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, violations };
		});
		expect(outcome.ran).toBe(false);
		expect(outcome.violations.some((directive) => directive.startsWith('script-src'))).toBe(true);
		await page.close();
	});

	test('an inline style attribute is refused too', async () => {
		const page = await served.browser.newPage();
		await page.goto(new URL('articles/28/', served.site.url).href);
		const applied = await page.evaluate(() => {
			const holder = document.createElement('div');
			holder.innerHTML = '<p style="color: rgb(1, 2, 3)">x</p>';
			document.body.append(holder);
			return getComputedStyle(holder.firstElementChild as Element).color;
		});
		expect(applied).not.toBe('rgb(1, 2, 3)');
		await page.close();
	});

	test('search (Pagefind WebAssembly), copy buttons and popovers work under the policy', async () => {
		const context = await served.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.site.url).origin });
		const page = await context.newPage();
		const errors = collectErrors(page);
		await page.goto(new URL('search/?q=extradition', served.site.url).href);
		await page.waitForSelector('.search-results > li');
		await page.goto(new URL('articles/35/', served.site.url).href);
		await page.getByText('Cite paragraph 1', { exact: true }).click();
		await page.getByRole('button', { name: 'Copy the Bluebook citation of paragraph 1' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('G.A. Res. 79/243, annex, art. 35(1)');
		await page.locator('button[popovertarget="term-h"]').first().click();
		expect(await page.locator('#term-h').evaluate((element) => element.matches(':popover-open'))).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});
});
