/**
 * npm run bench:search [-- --runs 7 --dist dist --before <another built site>]
 *
 * Measures search on a built site (run `npm run build` first) in headless Chromium and writes
 * reports/search-benchmark.md and .json: the index size, and per query, from the last key to the first result drawn,
 * cold (a new browser context: Pagefind, its WebAssembly and the chunks all fetched) and warm (a second query in the
 * same page), with the bytes and requests to /pagefind/ of each. Two paths: on the search page, and from the header
 * box of article 28 (an in-place panel where the site has one; where it has none, the header box opens the search
 * page, and the time to its first result is measured). With `--before`, the other build is measured in the same
 * run, runs alternating between the two, and the report gives both medians and their ratios.
 * A benchmark, not a test: it asserts nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic, type StaticSite } from '../tests/support/static-server.ts';
import { folderBytes } from './bench-files.ts';
import { describeMachine } from './bench-machine.ts';
import { median } from './bench-stats.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, dist: { type: 'string', default: 'dist' }, before: { type: 'string' } } });
const runs = Number(values.runs);
const builds: Record<string, string> = { after: path.resolve(values.dist ?? 'dist'), ...(values.before ? { before: path.resolve(values.before) } : {}) };
const queries = ['surveillance treaty', 'extradition', 'penetration testing', 'security researchers'];
const paths = ['search page', 'header box on article 28'] as const;
type PathName = (typeof paths)[number];



interface Samples {
	coldMs: number[];
	warmMs: number[];
	coldBytes: number[];
	coldRequests: number[];
	warmBytes: number[];
	warmRequests: number[];
}

/** Counts requests and bytes to /pagefind/ while `counting` is on. */
function meter(page: Page) {
	const tally = { on: false, bytes: 0, requests: 0 };
	page.on('response', async (response) => {
		if (!tally.on || !response.url().includes('/pagefind/')) return;
		tally.requests++;
		tally.bytes += Number(response.headers()['content-length'] ?? 0) || (await response.body().catch(() => Buffer.alloc(0))).length;
	});
	return tally;
}

const firstResult = { 'search page': '.search-results > li a.search-result__link', 'header box on article 28': '.search-panel__results li a' } as const;
const statusOf = { 'search page': '.search-status', 'header box on article 28': '.search-panel__status' } as const;

/** Wait until the results drawn are those of `query` (its status names it) and the first result link is there. */
function resultsFor(page: Page, route: PathName, query: string) {
	return page.waitForFunction(
		([status, link, words]) => (document.querySelector(status)?.textContent ?? '').includes(`“${words}”`) && [...document.querySelectorAll(link)].some((element) => (element as HTMLElement).offsetParent !== null),
		[statusOf[route], firstResult[route], query.trim()] as const,
	);
}

/**
 * Timing inside the page, as the peer was measured (../shared/research/peer-benchmark.md): the browser's own time of
 * the last keydown (or, for a query filled at once, of its input event) to the first DOM change after it that shows a
 * result of that query (the status names it and a result link is visible), seen by a MutationObserver. The harness's
 * own round trips are left out.
 */
function installTimer(): void {
	const clock = { lastKey: 0, lastInput: 0, drawn: 0, watch: undefined as undefined | { status: string; link: string; words: string } };
	(window as unknown as { __searchClock: typeof clock }).__searchClock = clock;
	addEventListener('keydown', (event) => (clock.lastKey = event.timeStamp), true);
	addEventListener('input', (event) => {
		clock.lastInput = event.timeStamp;
		clock.drawn = 0;
	}, true);
	new MutationObserver(() => {
		const watch = clock.watch;
		if (!watch || clock.drawn) return;
		const named = (document.querySelector(watch.status)?.textContent ?? '').includes(`“${watch.words}”`);
		if (named && [...document.querySelectorAll(watch.link)].some((element) => (element as HTMLElement).offsetParent !== null)) clock.drawn = performance.now();
	}).observe(document, { subtree: true, childList: true, characterData: true });
}

type Clock = { lastKey: number; lastInput: number; drawn: number };
const clockOf = (page: Page) => page.evaluate(() => (window as unknown as { __searchClock: Clock }).__searchClock);
const watchFor = (page: Page, route: PathName, words: string) =>
	page.evaluate(([status, link, query]) => {
		(window as unknown as { __searchClock: { watch: unknown } }).__searchClock.watch = { status, link, words: query };
	}, [statusOf[route], firstResult[route], words] as const);

/** One cold and one warm measurement of a query on one build and path. */
async function measure(browser: Browser, site: StaticSite, route: PathName, query: string, into: Samples): Promise<void> {
	const context = await browser.newContext();
	await context.addInitScript(installTimer);
	const page = await context.newPage();
	const tally = meter(page);
	if (route === 'search page') {
		await page.goto(new URL('search/', site.url).href);
		await page.waitForSelector('.search:not([hidden])');
	} else {
		await page.goto(new URL('articles/28/', site.url).href);
	}
	const box = page.locator(route === 'search page' ? '#search-q' : '#site-search-q');
	const hasPanel = route === 'search page' || (await page.locator('form[data-search-panel]').count()) > 0;
	tally.on = true;
	// A reader focuses the box and types at about ten keys a second; measured from the last key.
	await box.focus();
	if (hasPanel) {
		await box.pressSequentially(query.slice(0, -1), { delay: 100 });
		await watchFor(page, route, query.trim());
		await box.press(query.slice(-1));
		await resultsFor(page, route, query);
		const clock = await clockOf(page);
		into.coldMs.push(clock.drawn - clock.lastKey);
	} else {
		// No panel: the header box opens the search page; measured from the Enter key to the first result there
		// (across a page load, so by the harness's clock).
		await box.fill(query);
		const started = Date.now();
		await box.press('Enter');
		await resultsFor(page, 'search page', query);
		into.coldMs.push(Date.now() - started);
	}
	await page.waitForLoadState('networkidle');
	into.coldBytes.push(tally.bytes);
	into.coldRequests.push(tally.requests);
	// Warm: another query in the same page, Pagefind already loaded, filled at once (one input event).
	const warmRoute = hasPanel ? route : 'search page';
	const warmBox = page.locator(warmRoute === 'search page' ? '#search-q' : '#site-search-q');
	await warmBox.fill('');
	await page.waitForFunction((css) => document.querySelectorAll(css).length === 0 || document.querySelector('.search-panel[hidden]') !== null, firstResult[warmRoute]);
	tally.bytes = 0;
	tally.requests = 0;
	const second = query === 'safeguards' ? 'extradition' : 'safeguards';
	await watchFor(page, warmRoute, second);
	await warmBox.fill(second);
	await resultsFor(page, warmRoute, second);
	const clock = await clockOf(page);
	into.warmMs.push(clock.drawn - clock.lastInput);
	await page.waitForLoadState('networkidle');
	into.warmBytes.push(tally.bytes);
	into.warmRequests.push(tally.requests);
	await context.close();
}

const browser = await launchBrowser();
const sites: Record<string, StaticSite> = {};
for (const [label, root] of Object.entries(builds)) sites[label] = await serveStatic(root);
const results: Record<string, Record<string, Record<string, Samples>>> = {};
for (let run = 0; run < runs; run++) {
	for (const label of Object.keys(builds)) {
		for (const route of paths) {
			for (const query of queries) {
				const entry = ((results[label] ??= {})[route] ??= {})[query] ??= { coldMs: [], warmMs: [], coldBytes: [], coldRequests: [], warmBytes: [], warmRequests: [] };
				await measure(browser, sites[label] as StaticSite, route, query, entry);
			}
		}
	}
}
await browser.close();
for (const site of Object.values(sites)) await site.close();

const summary = Object.fromEntries(
	Object.entries(results).map(([label, routes]) => [
		label,
		Object.fromEntries(
			Object.entries(routes).map(([route, byQuery]) => [
				route,
				Object.fromEntries(
					Object.entries(byQuery).map(([query, entry]) => [
						query,
						{
							coldMedianMs: Math.round(median(entry.coldMs)),
							warmMedianMs: Math.round(median(entry.warmMs)),
							coldBytesMedian: median(entry.coldBytes),
							coldRequestsMedian: median(entry.coldRequests),
							warmBytesMedian: median(entry.warmBytes),
							warmRequestsMedian: median(entry.warmRequests),
						},
					]),
				),
			]),
		),
	]),
);
const indexes = Object.fromEntries(
	Object.entries(builds).map(([label, root]) => {
		const index = folderBytes(path.join(root, 'pagefind'));
		const entry = JSON.parse(readFileSync(path.join(root, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: { en: { page_count: number } } };
		const unused = ['pagefind-ui.js', 'pagefind-modular-ui.js', 'pagefind-component-ui.js'].filter((file) => existsSync(path.join(root, 'pagefind', file)));
		return [label, { pages: entry.languages.en.page_count, files: index.files, bytes: index.raw, gzipBytes: index.gzip, unusedUiFiles: unused }];
	}),
);
const machine = { ...(await describeMachine()), runs };
const report = { machine, builds, index: indexes.after, indexes, queries: summary.after, compared: summary };
writeFileSync('reports/search-benchmark.json', `${JSON.stringify(report, null, 2)}\n`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ratio = (after: number, before: number | undefined) => (before ? ` (${(after / before).toFixed(2)}x)` : '');
const lines = [
	'# Search benchmark',
	'',
	`Measured by \`npm run bench:search\` (scripts/bench-search.ts) on ${machine.date.slice(0, 10)}: ${machine.cpus}, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, ${machine.chromium}, headless, site served from localhost. Medians of ${runs} runs${values.before ? `, alternating between this build (after) and ${values.before} (before); ratios are after/before` : ''}.`,
	'',
	...Object.entries(indexes).map(([label, index]) => `Index (${label}): ${index.pages} pages, ${index.files} files, ${kb(index.bytes)} on disk (${kb(index.gzipBytes)} gzipped)${index.unusedUiFiles.length > 0 ? `, including Pagefind UI files the site does not load (${index.unusedUiFiles.join(', ')})` : ''}.`),
	'',
	...paths.flatMap((route) => [
		`## ${route}`,
		'',
		'| query | build | last key to first result, cold | warm | cold: bytes, requests to /pagefind/ | warm: bytes, requests |',
		'|---|---|---|---|---|---|',
		...queries.flatMap((query) =>
			Object.keys(builds).map((label) => {
				const entry = summary[label]?.[route]?.[query];
				const before = label === 'after' ? summary.before?.[route]?.[query] : undefined;
				if (!entry) return `| ${query} | ${label} | - | - | - | - |`;
				return `| ${query} | ${label} | ${entry.coldMedianMs} ms${ratio(entry.coldMedianMs, before?.coldMedianMs)} | ${entry.warmMedianMs} ms${ratio(entry.warmMedianMs, before?.warmMedianMs)} | ${kb(entry.coldBytesMedian)}, ${entry.coldRequestsMedian} | ${kb(entry.warmBytesMedian)}, ${entry.warmRequestsMedian} |`;
			}),
		),
		'',
	]),
	'Cold: a new browser context (nothing cached); the box is focused and the query typed at ten keys a second, as a reader types. Timed inside the page, as the peer was: from the browser\'s time of the last keydown to the first change of the page that shows a result of that query (its status names the query and a result link is visible), seen by a MutationObserver; where the header box has no panel, from Enter to the first result on the search page it opens, by the harness\'s clock. Warm: a second query in the same page (filled at once; timed from its input event). The reference in issue 12, measured against a MiniSearch peer: 31 ms cold and warm for its in-memory search, 17.5 ms for its in-place palette.',
	'',
];
writeFileSync('reports/search-benchmark.md', lines.join('\n'));
console.log(lines.join('\n'));
