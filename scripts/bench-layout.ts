/**
 * npm run bench:layout [-- --before <git ref> --runs 3 --skip-lighthouse]
 *
 * Before and after a change to the reading layout, in one run: builds the `--before` commit (default: the commit
 * before the reading redesign) in a temporary worktree and the working tree, then measures both:
 * - where the first text of an article starts (px from the top of the page) at 1280x800 and 390x844, for five
 *   articles; positions are layout, not timing, so one measurement each is exact;
 * - bytes per page type (HTML gzipped, median over the pages of the type) and the stylesheet's size;
 * - Lighthouse (mobile preset, Debian Chromium) on the home page and article 28, runs alternating before/after,
 *   medians of `--runs`.
 * Writes reports/layout-benchmark.md and .json. A benchmark, not a test: it asserts nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { describeMachine } from './bench-machine.ts';
import { median } from './bench-stats.ts';

const { values } = parseArgs({
	options: {
		before: { type: 'string', default: 'c9504e8' },
		runs: { type: 'string', default: '3' },
		'skip-lighthouse': { type: 'boolean', default: false },
	},
});
const runs = Number(values.runs);
const work = path.resolve('tmp/bench-layout');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });


/** Build a source tree (its own content/) into `outDir`. */
function build(root: string, outDir: string): void {
	const result = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		env: { ...process.env, OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}-cache`, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`build in ${root} failed:\n${result.stdout}\n${result.stderr}`);
}

// 1. The two builds.
const beforeSource = path.join(work, 'before-src');
execFileSync('git', ['worktree', 'add', '--force', '--detach', beforeSource, values.before ?? 'HEAD'], { stdio: 'ignore' });
symlinkSync(path.resolve('node_modules'), path.join(beforeSource, 'node_modules'));
const dists = { before: path.join(work, 'before'), after: path.join(work, 'after') };
build(beforeSource, dists.before);
build(process.cwd(), dists.after);
execFileSync('git', ['worktree', 'remove', '--force', beforeSource], { stdio: 'ignore' });

// 2. Where the text starts.
const articles = ['articles/28/', 'articles/2/', 'articles/11/', 'articles/24/', 'articles/40/'];
const screens = [
	{ name: 'laptop 1280x800', width: 1280, height: 800 },
	{ name: 'phone 390x844', width: 390, height: 844 },
];
const browser = await launchBrowser();
const positions: Record<string, Record<string, Record<string, number>>> = {};
for (const [label, root] of Object.entries(dists)) {
	const site = await serveStatic(root);
	positions[label] = {};
	for (const screen of screens) {
		const page = await browser.newPage({ viewport: { width: screen.width, height: screen.height } });
		const row: Record<string, number> = {};
		for (const url of articles) {
			await page.goto(new URL(url, site.url).href);
			row[url] = await page.evaluate(() => {
				const first = document.querySelector('.provision-text .part, .provision-text > p');
				return first ? Math.round(first.getBoundingClientRect().top + window.scrollY) : -1;
			});
		}
		positions[label][screen.name] = row;
		await page.close();
	}
	await site.close();
}
await browser.close();

// 3. Bytes per page type.
function pageTypes(root: string): Record<string, string[]> {
	const folder = (name: string, skip: string[] = []) =>
		readdirSync(path.join(root, name))
			.filter((entry) => !['index.html', ...skip].includes(entry))
			.map((entry) => `${name}/${entry}/index.html`);
	return {
		home: ['index.html'],
		article: folder('articles'),
		critique: folder('critiques', ['type', 'stance', 'feed.xml']),
		organisation: folder('organisations'),
		topic: folder('topics'),
		'who-objects': ['who-objects/index.html'],
		...(existsSync(path.join(root, 'convention')) ? { convention: ['convention/index.html'] } : {}),
	};
}
const weights: Record<string, Record<string, number>> = {};
const css: Record<string, { raw: number; gzip: number }> = {};
for (const [label, root] of Object.entries(dists)) {
	weights[label] = Object.fromEntries(
		Object.entries(pageTypes(root)).map(([type, pages]) => [type, median(pages.map((page) => gzipSync(readFileSync(path.join(root, page))).length))]),
	);
	const files = readdirSync(path.join(root, '_astro')).filter((name) => name.endsWith('.css')).map((name) => readFileSync(path.join(root, '_astro', name)));
	css[label] = { raw: files.reduce((total, file) => total + file.length, 0), gzip: files.reduce((total, file) => total + gzipSync(file).length, 0) };
}

// 4. Lighthouse, alternating before/after.
const lighthouse: Record<string, Record<string, Record<string, number>>> = {};
if (!values['skip-lighthouse']) {
	const { default: runLighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const sites = { before: await serveStatic(dists.before), after: await serveStatic(dists.after) };
	const scores: Record<string, Record<string, Record<string, number[]>>> = {};
	for (let run = 0; run < runs; run++) {
		for (const label of ['before', 'after'] as const) {
			for (const [name, url] of Object.entries({ home: '', 'article 28': 'articles/28/' })) {
				const chrome = await chromeLauncher.launch({
					chromePath: '/usr/bin/chromium',
					chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
				});
				try {
					const result = await runLighthouse(new URL(url, sites[label].url).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
					for (const [key, category] of Object.entries(result?.lhr.categories ?? {})) {
						(((scores[label] ??= {})[name] ??= {})[key] ??= []).push(Math.round((category.score ?? 0) * 100));
					}
				} finally {
					chrome.kill();
				}
			}
		}
	}
	await sites.before.close();
	await sites.after.close();
	for (const [label, pages] of Object.entries(scores)) {
		lighthouse[label] = Object.fromEntries(Object.entries(pages).map(([name, categories]) => [name, Object.fromEntries(Object.entries(categories).map(([key, list]) => [key, median(list)]))]));
	}
}

// 5. Report.
const machine = await describeMachine();
writeFileSync('reports/layout-benchmark.json', `${JSON.stringify({ machine, before: values.before, positions, weights, css, lighthouse }, null, 2)}\n`);
const ratio = (after: number, before: number) => (before ? `${(after / before).toFixed(2)}x` : 'new');
const lines = [
	'# Reading layout: before and after',
	'',
	`Generated by \`npm run bench:layout\` on ${machine.date} (${machine.cpus}, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, ${machine.chromium}). Before: commit ${values.before}; after: the working tree.`,
	'',
	'## Where the first paragraph starts (px from the top of the page; the first screen ends at 800 or 844)',
	'',
	...screens.flatMap((screen) => [
		`### ${screen.name}`,
		'',
		'| article | before | after |',
		'|---|---|---|',
		...articles.map((url) => `| ${url} | ${positions.before?.[screen.name]?.[url]} | ${positions.after?.[screen.name]?.[url]} |`),
		'',
	]),
	'## Bytes per page type (HTML gzipped, median)',
	'',
	'| page type | before | after | ratio |',
	'|---|---|---|---|',
	...Object.keys(weights.after ?? {}).map((type) => `| ${type} | ${weights.before?.[type] ?? '-'} | ${weights.after?.[type]} | ${ratio(weights.after?.[type] ?? 0, weights.before?.[type] ?? 0)} |`),
	'',
	`Stylesheet: before ${css.before?.raw} B (${css.before?.gzip} B gzipped), after ${css.after?.raw} B (${css.after?.gzip} B gzipped).`,
	'',
	`## Lighthouse (mobile preset, median of ${runs} alternating runs)`,
	'',
	...(Object.keys(lighthouse).length > 0
		? ['| page | version | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|---|', ...['home', 'article 28'].flatMap((name) => ['before', 'after'].map((label) => {
				const scores = lighthouse[label]?.[name] ?? {};
				return `| ${name} | ${label} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} |`;
			}))]
		: ['Not run (--skip-lighthouse).']),
	'',
];
writeFileSync('reports/layout-benchmark.md', lines.join('\n'));
console.log(lines.join('\n'));
