/**
 * npm run bench [-- --runs 3 --skip-lighthouse --skip-scaling]
 *
 * Measures speed and size and writes reports/benchmark.md and reports/benchmark.json, with the machine it ran on:
 * - clean build + search index time (median of several runs);
 * - HTML bytes and gzipped bytes per page type, and their ratio to the gzipped text the page carries;
 * - JavaScript bytes shipped per page type;
 * - search time to first result (runs scripts/bench-search.ts);
 * - Lighthouse scores (Debian Chromium, mobile preset) for the home, article, critique and search pages;
 * - scaling: the build on synthetic content at 1x, 5x and 10x the real number of critiques (in tmp/, never
 *   committed), with the growth factor.
 * A benchmark, not a test: it asserts nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { pageScripts } from '../tests/support/built-site.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { describeMachine } from './bench-machine.ts';
import { median } from './bench-stats.ts';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		'skip-lighthouse': { type: 'boolean', default: false },
		'skip-scaling': { type: 'boolean', default: false },
	},
});
const runs = Number(values.runs);
const dist = path.resolve('dist');
const work = path.resolve('tmp/bench');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A clean build (fresh output and cache folders) of a content folder; seconds. */
function cleanBuild(contentDir: string, label: string): number {
	const outDir = path.join(work, `${label}-dist`);
	const cacheDir = path.join(work, `${label}-cache`);
	rmSync(outDir, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
	const started = performance.now();
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`build of ${label} failed:\n${result.stdout}\n${result.stderr}`);
	return (performance.now() - started) / 1000;
}

// 1. Clean build + index, real content.
const buildSeconds = Array.from({ length: runs }, (_, run) => cleanBuild(path.resolve('content'), `real-${run}`));

// 2-3. Page weights and JavaScript per page type, from the main build (npm run build first).
const pageTypes: Record<string, string[]> = {
	home: ['index.html'],
	contents: ['contents/index.html'],
	article: readdirSync(path.join(dist, 'articles')).map((number) => `articles/${number}/index.html`),
	critique: readdirSync(path.join(dist, 'critiques')).filter((name) => !['type', 'stance', 'index.html'].includes(name)).map((id) => `critiques/${id}/index.html`),
	organisation: readdirSync(path.join(dist, 'organisations')).filter((name) => name !== 'index.html').map((id) => `organisations/${id}/index.html`),
	topic: readdirSync(path.join(dist, 'topics')).filter((name) => name !== 'index.html').map((id) => `topics/${id}/index.html`),
	'who-objects': ['who-objects/index.html'],
	convention: ['convention/index.html'],
	search: ['search/index.html'],
};
const textOf = (html: string) =>
	html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&[a-z#0-9]+;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
const weights = Object.fromEntries(
	Object.entries(pageTypes).map(([type, pages]) => {
		const measured = pages.map((page) => {
			const html = readFileSync(path.join(dist, page));
			const gzip = gzipSync(html).length;
			const textGzip = gzipSync(textOf(html.toString('utf8'))).length;
			const scripts = pageScripts(dist, page);
			return { raw: html.length, gzip, ratio: gzip / textGzip, jsRaw: scripts.raw, jsGzip: scripts.gzip };
		});
		return [
			type,
			{
				pages: pages.length,
				htmlRawMedian: median(measured.map((entry) => entry.raw)),
				htmlGzipMedian: median(measured.map((entry) => entry.gzip)),
				gzipToTextRatioMedian: round(median(measured.map((entry) => entry.ratio)), 2),
				jsRawMedian: median(measured.map((entry) => entry.jsRaw)),
				jsGzipMedian: median(measured.map((entry) => entry.jsGzip)),
			},
		];
	}),
);
const cssFiles = readdirSync(path.join(dist, '_astro')).filter((name) => name.endsWith('.css'));
const css = cssFiles.map((name) => readFileSync(path.join(dist, '_astro', name)));
const cssBytes = { raw: css.reduce((total, file) => total + file.length, 0), gzip: css.reduce((total, file) => total + gzipSync(file).length, 0) };

// 4. Search.
execFileSync(process.execPath, ['scripts/bench-search.ts', '--runs', '5'], { stdio: 'inherit' });
const search = JSON.parse(readFileSync('reports/search-benchmark.json', 'utf8')) as {
	index: { pages: number; bytes: number; gzipBytes: number };
	queries: Record<string, Record<string, { coldMedianMs: number; warmMedianMs: number; coldBytesMedian: number }>>;
};

// 5. Lighthouse, mobile preset, Debian Chromium.
let lighthouse: Record<string, Record<string, number>> | undefined;
if (!values['skip-lighthouse']) {
	const { default: runLighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const site = await serveStatic(dist);
	lighthouse = {};
	for (const [name, url] of Object.entries({ home: '', article: 'articles/28/', critique: 'critiques/techaccord-pr-grave-concerns-2024/', search: 'search/?q=extradition' })) {
		const chrome = await chromeLauncher.launch({
			chromePath: '/usr/bin/chromium',
			chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		});
		try {
			const result = await runLighthouse(new URL(url, site.url).href, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const categories = result?.lhr.categories ?? {};
			lighthouse[name] = Object.fromEntries(Object.entries(categories).map(([key, category]) => [key, Math.round((category.score ?? 0) * 100)]));
		} finally {
			chrome.kill();
		}
	}
	await site.close();
}

// 6. Scaling: the critiques multiplied, in a temporary content folder.
let scaling: Array<{ factor: number; critiques: number; buildSeconds: number }> | undefined;
if (!values['skip-scaling']) {
	scaling = [];
	for (const factor of [1, 5, 10]) {
		const content = path.join(work, `content-${factor}x`);
		cpSync(path.resolve('content'), content, { recursive: true });
		const critiques = readdirSync(path.join(content, 'critiques')).filter((name) => name.endsWith('.md'));
		for (let copy = 1; copy < factor; copy++) {
			for (const name of critiques) {
				// Same text under a new id: one more critique page, its claims on the article pages, its downloads.
				writeFileSync(path.join(content, 'critiques', `synthetic-${copy}-${name}`), readFileSync(path.join(content, 'critiques', name)));
			}
		}
		const seconds = [cleanBuild(content, `scale-${factor}x-a`), cleanBuild(content, `scale-${factor}x-b`)];
		scaling.push({ factor, critiques: critiques.length * factor, buildSeconds: round(median(seconds), 2) });
	}
}

const machine = { ...(await describeMachine()) };
const report = {
	machine,
	build: { runs, medianSeconds: round(median(buildSeconds), 2), runsSeconds: buildSeconds.map((value) => round(value, 2)) },
	weights,
	css: cssBytes,
	search,
	lighthouse,
	scaling,
	scalingGrowth10x: scaling ? round((scaling.at(-1)?.buildSeconds ?? 0) / (scaling[0]?.buildSeconds ?? 1), 2) : undefined,
};
writeFileSync('reports/benchmark.json', `${JSON.stringify(report, null, 2)}\n`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const lines = [
	'# Benchmark',
	'',
	`Measured by \`npm run bench\` (scripts/bench.ts) on ${machine.date.slice(0, 10)}: ${machine.cpus}, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, ${machine.chromium}.`,
	'',
	'## Build',
	'',
	`Clean build with the search index (fresh output and cache folders): **${report.build.medianSeconds} s** median of ${runs} (${report.build.runsSeconds.join(' / ')} s).`,
	'',
	'## Page weight and JavaScript, per page type (medians)',
	'',
	'| page type | pages | HTML | HTML gzipped | gzipped HTML / gzipped text | JavaScript | JavaScript gzipped |',
	'|---|---|---|---|---|---|---|',
	...Object.entries(weights).map(
		([type, entry]) => `| ${type} | ${entry.pages} | ${kb(entry.htmlRawMedian)} | ${kb(entry.htmlGzipMedian)} | ${entry.gzipToTextRatioMedian} | ${kb(entry.jsRawMedian)} | ${kb(entry.jsGzipMedian)} |`,
	),
	'',
	`One stylesheet for the whole site: ${kb(cssBytes.raw)} (${kb(cssBytes.gzip)} gzipped). No web fonts, no third-party scripts.`,
	'',
	'## Search',
	'',
	`Index: ${search.index.pages} pages, ${kb(search.index.bytes)} (${kb(search.index.gzipBytes)} gzipped). Typing to first result, headless Chromium, localhost (details in search-benchmark.md):`,
	'',
	'| query | cold | warm | fetched (cold) |',
	'|---|---|---|---|',
	...Object.entries(search.queries['search page'] ?? {}).map(([query, entry]) => `| ${query} | ${entry.coldMedianMs} ms | ${entry.warmMedianMs} ms | ${kb(entry.coldBytesMedian)} |`),
	'',
	'## Lighthouse (mobile preset, Debian Chromium, localhost)',
	'',
	...(lighthouse
		? ['| page | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|', ...Object.entries(lighthouse).map(([page, scores]) => `| ${page} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} |`)]
		: ['Not run (--skip-lighthouse).']),
	'',
	'## Scaling (synthetic content, critiques multiplied; median of 2 clean builds each)',
	'',
	...(scaling
		? ['| size | critiques | clean build |', '|---|---|---|', ...scaling.map((entry) => `| ${entry.factor}x | ${entry.critiques} | ${entry.buildSeconds} s |`), '', `Growth factor 10x / 1x: **${report.scalingGrowth10x}**.`]
		: ['Not run (--skip-scaling).']),
	'',
];
writeFileSync('reports/benchmark.md', lines.join('\n'));
console.log(lines.join('\n'));
