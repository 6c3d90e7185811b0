/**
 * npm run bench:search [-- --runs 7]
 *
 * Measures search on the built site (run `npm run build` first) in headless Chromium and writes
 * reports/search-benchmark.md and .json: the index size, the bytes a typical query fetches, and the time from typing
 * to the first result (median of several runs, cold: a new browser context each run, and warm: a second query in the
 * same page). A benchmark, not a test: it asserts nothing.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { describeMachine } from './bench-machine.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, dist: { type: 'string', default: 'dist' } } });
const runs = Number(values.runs);
const dist = path.resolve(values.dist ?? 'dist');
const queries = ['surveillance treaty', 'extradition', 'penetration testing'];

function folderBytes(folder: string): { raw: number; gzip: number; files: number } {
	let raw = 0;
	let gzip = 0;
	let files = 0;
	for (const name of readdirSync(folder)) {
		const full = path.join(folder, name);
		if (statSync(full).isDirectory()) {
			const inner = folderBytes(full);
			raw += inner.raw;
			gzip += inner.gzip;
			files += inner.files;
		} else {
			const content = readFileSync(full);
			raw += content.length;
			gzip += gzipSync(content).length;
			files++;
		}
	}
	return { raw, gzip, files };
}

const median = (numbers: number[]) => {
	const sorted = [...numbers].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const site = await serveStatic(dist);
const browser = await launchBrowser();
interface Samples {
	coldMs: number[];
	warmMs: number[];
	bytes: number[];
	requests: number[];
}
const results: Record<string, Samples> = {};

for (const query of queries) {
	const entry: Samples = { coldMs: [], warmMs: [], bytes: [], requests: [] };
	results[query] = entry;
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		let bytes = 0;
		let requests = 0;
		let counting = false;
		page.on('response', async (response) => {
			if (!counting || !response.url().includes('/pagefind/')) return;
			requests++;
			bytes += Number(response.headers()['content-length'] ?? 0) || (await response.body().catch(() => Buffer.alloc(0))).length;
		});
		await page.goto(new URL('search/', site.url).href);
		await page.waitForSelector('.search:not([hidden])');
		const box = page.locator('#search-q');
		counting = true;
		const started = await page.evaluate(() => performance.now());
		await box.fill(query);
		await page.waitForSelector('.search-results > li');
		entry.coldMs.push((await page.evaluate(() => performance.now())) - started);
		await page.waitForLoadState('networkidle');
		entry.bytes.push(bytes);
		entry.requests.push(requests);
		// Warm: a second query in the same page, index already loaded.
		await box.fill('');
		await page.waitForFunction(() => document.querySelectorAll('.search-results > li').length === 0);
		const warmStart = await page.evaluate(() => performance.now());
		await box.fill(`${query} `);
		await page.waitForSelector('.search-results > li');
		entry.warmMs.push((await page.evaluate(() => performance.now())) - warmStart);
		await context.close();
	}
}
await browser.close();
await site.close();

const index = folderBytes(path.join(dist, 'pagefind'));
const machine = { ...describeMachine(), runs };
const summary = Object.fromEntries(
	Object.entries(results).map(([query, entry]) => [
		query,
		{
			coldMedianMs: Math.round(median(entry.coldMs)),
			warmMedianMs: Math.round(median(entry.warmMs)),
			bytesFetchedMedian: median(entry.bytes),
			requestsMedian: median(entry.requests),
			coldRunsMs: entry.coldMs.map(Math.round),
			warmRunsMs: entry.warmMs.map(Math.round),
		},
	]),
);
const pages = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')).languages.en.page_count as number;
const report = { machine, index: { pages, files: index.files, bytes: index.raw, gzipBytes: index.gzip }, queries: summary };
writeFileSync('reports/search-benchmark.json', `${JSON.stringify(report, null, 2)}\n`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const lines = [
	'# Search benchmark',
	'',
	`Measured by \`npm run bench:search\` (scripts/bench-search.ts) on ${machine.date.slice(0, 10)}: ${machine.cpus}, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, ${machine.chromium}, headless, site served from localhost. Medians of ${runs} runs.`,
	'',
	`Index: ${pages} pages, ${index.files} files, ${kb(index.raw)} on disk (${kb(index.gzip)} gzipped), including Pagefind's own UI files that the site does not load.`,
	'',
	'| query | typing to first result, cold (new context) | typing to first result, warm | bytes fetched from /pagefind/ (cold) | requests |',
	'|---|---|---|---|---|',
	...Object.entries(summary).map(
		([query, entry]) => `| ${query} | ${entry.coldMedianMs} ms | ${entry.warmMedianMs} ms | ${kb(entry.bytesFetchedMedian)} | ${entry.requestsMedian} |`,
	),
	'',
	'Cold includes loading pagefind.js, its WebAssembly and the index chunks the query needs, and the 120 ms the page waits after the last keystroke before searching. Warm is a second query in the same page; it includes the same 120 ms wait.',
	'',
];
writeFileSync('reports/search-benchmark.md', lines.join('\n'));
console.log(lines.join('\n'));
