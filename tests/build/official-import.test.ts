/**
 * The official-text importer, end to end on invented text in the UN document's layout: it writes the verbatim
 * paragraphs into a copy of the content, reports what does not line up, and the site then shows the official text
 * beside our summaries, with every annotation kept.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const work = path.resolve('tmp/official-import');
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
let report = '';

beforeAll(() => {
	rmSync(work, { recursive: true, force: true });
	cpSync(path.resolve('content'), content, { recursive: true });
	const run = spawnSync(process.execPath, ['scripts/import-text.ts', 'tests/fixtures/official-text/invented-un-layout.txt', '--content', content], { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(run.stderr);
	report = run.stdout;
	const built = buildSite({ CONTENT_DIR: content, OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(work, 'cache') });
	if (built.status !== 0) throw new Error(built.output);
});

describe('npm run import:text', () => {
	test('reports each article and the parts that do not line up, both ways', () => {
		expect(report).toContain('Imported 4 articles');
		expect(report).toContain('article 28: 10 parts placed; in the official text but not in our summary: p5');
		expect(report).toContain('article 11: 5 parts placed; in our summary but not in the official text: p2, p3');
		expect(report).toContain('article 2: 9 parts placed; in our summary but not in the official text: e-i, e-ii, f-i, f-ii, f-iii, j, k, l, m, n, o');
	});

	test('switches the imported articles to official and keeps the summaries', () => {
		const file = readFileSync(path.join(content, 'provisions/article-28.md'), 'utf8');
		expect(file).toContain('textStatus: official');
		expect(file).toContain('Authorities must be able to order anyone who knows how the system or network');
		expect(readFileSync(path.join(content, 'provisions/article-29.md'), 'utf8')).toContain('textStatus: summary');
	});

	test('the article page shows the official text beside the summary, and the commentary stays at its paragraph', () => {
		const html = readFileSync(path.join(outDir, 'articles/28/index.html'), 'utf8').replaceAll('&#39;', "'");
		expect(html).toContain('The official text is shown with the editors\' summary beside it.');
		expect(html).toMatch(/id="p4"[\s\S]*?<div class="official"><p class="official__label">Official text \(A\/RES\/79\/243, annex\)<\/p>\s*<p>Invented fourth paragraph about invented persons with knowledge of the invented\s+system, which is split across a page break and continues on the next page after the running header\.<\/p>/);
		expect(html).toMatch(/Invented fourth paragraph[\s\S]*?Authorities must be able to order anyone[\s\S]*?Commentary on paragraph 4/);
		expect(html).not.toContain('Invented footnote text');
		const untouched = readFileSync(path.join(outDir, 'articles/29/index.html'), 'utf8').replaceAll('&#39;', "'");
		expect(untouched).toContain("This is the editors' summary, not the official text.");
		expect(untouched).not.toContain('class="official"');
	});

	test.each([2, 11, 28])('article %i keeps every annotation it had before the import', (article) => {
		const claimLinks = (root: string) => {
			const html = readFileSync(path.join(root, `articles/${article}/index.html`), 'utf8');
			return [...html.matchAll(/href="[^"]*\/critiques\/[^"#]+\/#claim-[^"]+"/g)].map((match) => match[0]).sort();
		};
		const before = claimLinks(path.resolve('dist'));
		expect(before.length).toBeGreaterThan(0);
		expect(claimLinks(outDir)).toEqual(before);
	});
});
