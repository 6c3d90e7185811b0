/**
 * The browser the tests use can always be had: the Chromium packaged in @sparticuz/chromium (the last resort of
 * find-browser.ts, for a machine with no system browser) really launches and renders a page with the tests' flags.
 */
import { chromium } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserArgs } from '../support/browser.ts';
import { machineLookup } from '../support/find-browser.ts';

describe('the packaged Chromium', () => {
	test('launches and renders a page, in two contexts at once (on Linux, the only system it ships for)', async () => {
		if (process.platform !== 'linux') {
			await expect(machineLookup.packaged()).rejects.toThrow();
			return;
		}
		const executablePath = await machineLookup.packaged();
		const browser = await chromium.launch({ executablePath, args: browserArgs });
		const pages = await Promise.all([browser.newContext(), browser.newContext()].map(async (context) => (await context).newPage()));
		await Promise.all(pages.map((page, index) => page.setContent(`<h1>page ${index}</h1>`)));
		await expect(Promise.all(pages.map((page) => page.textContent('h1')))).resolves.toEqual(['page 0', 'page 1']);
		await browser.close();
	});
});
