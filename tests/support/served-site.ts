/** For a browser test file: serve a built site and launch Chromium before its tests, close both after them. */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

/** The running site and browser; both are set once the file's `beforeAll` hooks have run. */
export interface ServedSite {
	site: StaticSite;
	browser: Browser;
}

/** Register the hooks (call at the top of a test file); `root` is the built site, `dist/` by default. */
export function serveWithBrowser(root = 'dist'): ServedSite {
	const served: Partial<ServedSite> = {};
	beforeAll(async () => {
		served.site = await serveStatic(path.resolve(root));
		served.browser = await launchBrowser();
	});
	afterAll(async () => {
		await served.browser?.close();
		await served.site?.close();
	});
	return served as ServedSite;
}
