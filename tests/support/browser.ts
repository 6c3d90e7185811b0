/**
 * Chromium driven by playwright-core, with the flags this kind of machine needs, and an axe-core runner. Which
 * Chromium: see find-browser.ts (CHROMIUM_PATH, then a system Chromium or Chrome, then @sparticuz/chromium).
 */
import { axeRoute } from './static-server.ts';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser, machineLookup } from './find-browser.ts';

export async function launchBrowser(): Promise<Browser> {
	const { executablePath } = await findBrowser(machineLookup);
	return chromium.launch({ executablePath, args: browserArgs });
}

/** The flags this kind of machine needs (containers without a sandbox or a GPU), and nothing that loosens security. */
export const browserArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Collects console errors and failed page scripts, to assert that there are none. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}


export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/**
 * Runs axe-core (WCAG 2.2 A/AA and best practices) on the page and returns its violations. axe-core is loaded from
 * the test server's own origin, so the page's Content-Security-Policy applies to it like to any of the site's files.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	await page.addScriptTag({ url: new URL(axeRoute, page.url()).href });
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
		});
		return result.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact,
			help: violation.help,
			targets: violation.nodes.map((node) => node.target.join(' ')),
		}));
	});
}
