/**
 * Size budgets on the built site (sizes, not times): what an article page ships in JavaScript, and that nothing —
 * fonts, scripts, styles, images — comes from another host.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { attributeValues, htmlFiles, pageScripts } from '../support/built-site.ts';

const dist = path.resolve('dist');

describe('budgets', () => {
	test('article pages ship less than 5 kB of JavaScript (gzipped): the copy and search enhancements', () => {
		for (const page of ['articles/28/index.html', 'articles/2/index.html', 'preamble/index.html']) {
			const { gzip, files } = pageScripts(dist, page);
			expect(gzip, `${page}: ${files.join(', ')}`).toBeLessThan(5 * 1024);
			expect(files.length).toBeGreaterThan(0);
		}
	});

	test('no page loads a font, script, stylesheet or image from another host', () => {
		for (const file of htmlFiles(dist)) {
			const html = readFileSync(path.join(dist, file), 'utf8');
			const loaded = [...attributeValues(html, 'src'), ...[...html.matchAll(/<link[^>]+href="([^"]+)"/g)].map((match) => match[1] ?? '')].filter((url) => !/^(canonical|)$/.test(url));
			const foreign = loaded.filter((url) => /^(https?:)?\/\//.test(url) && !html.includes(`<link rel="canonical" href="${url}"`));
			expect(foreign, file).toEqual([]);
		}
		for (const css of htmlFiles(dist).length > 0 ? [...new Set(htmlFiles(dist).flatMap((file) => attributeValues(readFileSync(path.join(dist, file), 'utf8'), 'href').filter((href) => href.endsWith('.css'))))] : []) {
			const text = readFileSync(path.join(dist, css.replace(/^\//, '')), 'utf8');
			expect(text, css).not.toMatch(/@font-face|@import|url\((["']?)(https?:)?\/\//);
		}
	});

	test('every link to another site is marked external and carries rel="noopener noreferrer"', () => {
		let count = 0;
		for (const file of htmlFiles(dist)) {
			const html = readFileSync(path.join(dist, file), 'utf8');
			for (const tag of html.match(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/g) ?? []) {
				count++;
				expect(tag, file).toMatch(/class="[^"]*\bexternal\b[^"]*"/);
				expect(tag, file).toContain('rel="noopener noreferrer"');
			}
		}
		expect(count).toBeGreaterThan(500);
	});
});
