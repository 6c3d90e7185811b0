/**
 * npm run bench:cards [-- --before <commit> --runs 3]
 *
 * What the link-preview cards cost the build: builds the given commit (default 123fedb, the last one without cards)
 * and the working tree, alternating, each from a clean output folder and a clean Astro cache (so every card is drawn),
 * then the working tree again with its card cache kept (unchanged cards are not redrawn). Reports medians, ratios,
 * the number of cards and their size, in reports/cards-benchmark.md. A benchmark, not a test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { folderBytes } from './bench-files.ts';
import { describeMachine } from './bench-machine.ts';
import { median } from './bench-stats.ts';

const { values } = parseArgs({ options: { before: { type: 'string', default: '123fedb' }, runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const work = path.resolve('tmp/bench-cards');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

/** Build `root` into `outDir` with the given cache; returns seconds. */
function build(root: string, outDir: string, cacheDir: string, clean: boolean): number {
	if (clean) rmSync(cacheDir, { recursive: true, force: true });
	rmSync(outDir, { recursive: true, force: true });
	const started = process.hrtime.bigint();
	const result = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env: { ...process.env, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`build in ${root} failed:\n${result.stdout}\n${result.stderr}`);
	return Number(process.hrtime.bigint() - started) / 1e9;
}


const beforeSource = path.join(work, 'before-src');
execFileSync('git', ['worktree', 'add', '--force', '--detach', beforeSource, values.before ?? 'HEAD'], { stdio: 'ignore' });
symlinkSync(path.resolve('node_modules'), path.join(beforeSource, 'node_modules'));
const times = { before: [] as number[], afterCold: [] as number[], afterCached: [] as number[] };
for (let run = 0; run < runs; run++) {
	times.before.push(build(beforeSource, path.join(work, 'before'), path.join(work, 'before-cache'), true));
	times.afterCold.push(build(process.cwd(), path.join(work, 'after'), path.join(work, 'after-cache'), true));
	times.afterCached.push(build(process.cwd(), path.join(work, 'after'), path.join(work, 'after-cache'), false));
}
execFileSync('git', ['worktree', 'remove', '--force', beforeSource], { stdio: 'ignore' });
const cards = folderBytes(path.join(work, 'after', 'og'));
const machine = await describeMachine();
const m = { before: median(times.before), afterCold: median(times.afterCold), afterCached: median(times.afterCached) };
const lines = [
	'# Card images: build cost',
	'',
	`Measured by \`npm run bench:cards\` on ${machine.date.slice(0, 10)}: ${machine.cpus}, Node ${machine.node}. Medians of ${runs} runs, alternating: ${values.before} (before the cards), this tree with a clean cache, this tree with its card cache kept.`,
	'',
	'| build | median | runs | ratio to before |',
	'|---|---|---|---|',
	`| before (${values.before}) | ${m.before.toFixed(1)} s | ${times.before.map((t) => t.toFixed(1)).join(', ')} | 1.00 |`,
	`| after, clean cache (every card drawn) | ${m.afterCold.toFixed(1)} s | ${times.afterCold.map((t) => t.toFixed(1)).join(', ')} | ${(m.afterCold / m.before).toFixed(2)} |`,
	`| after, card cache kept | ${m.afterCached.toFixed(1)} s | ${times.afterCached.map((t) => t.toFixed(1)).join(', ')} | ${(m.afterCached / m.before).toFixed(2)} |`,
	'',
	`Cards: ${cards.files} PNG files, ${(cards.raw / 1024 / 1024).toFixed(1)} MB in all, ${Math.round(cards.raw / cards.files / 1024)} kB each on average. The after build also has this session's other additions (States, participants, concordance pages), so the difference is an upper bound on the cards' cost.`,
	'',
];
writeFileSync('reports/cards-benchmark.md', lines.join('\n'));
console.log(lines.join('\n'));
