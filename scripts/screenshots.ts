/**
 * npm run screenshots
 *
 * Screenshots of the real build for the README: article 28 on a laptop (1280x800) and a phone (390x844), in light
 * and dark, written to reports/screenshots/. Run `npm run build` first. Headless Chromium (see tests/support/browser.ts).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const out = path.resolve('reports/screenshots');
mkdirSync(out, { recursive: true });
const site = await serveStatic(path.resolve('dist'));
const browser = await launchBrowser();
const shots = [
	{ name: 'article-laptop', width: 1280, height: 800, url: 'articles/28/#p4' },
	{ name: 'article-phone', width: 390, height: 844, url: 'articles/28/' },
];
for (const shot of shots) {
	for (const colorScheme of ['light', 'dark'] as const) {
		const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme, deviceScaleFactor: 1 });
		await page.goto(new URL(shot.url, site.url).href);
		if (shot.url.endsWith('#p4')) await page.locator('#notes-p4 > summary').click();
		const file = path.join(out, `${shot.name}-${colorScheme}.jpg`);
		await page.screenshot({ path: file, type: 'jpeg', quality: 80 });
		console.log(file);
		await page.close();
	}
}
await browser.close();
await site.close();
