/** The site served from a sub-path (a GitHub Pages project site): every internal link must respect the base. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { brokenLinks } from '../support/built-site.ts';
import { buildSite } from '../support/build-site.ts';

const base = '/hanoi-convention/';
const outDir = path.resolve('tmp/dist-base-path');

beforeAll(() => {
	rmSync(outDir, { recursive: true, force: true });
	const result = buildSite({ BASE_PATH: base, OUT_DIR: outDir, SITE_URL: 'https://example.org', ASTRO_CACHE_DIR: path.resolve('tmp/cache-base-path') });
	if (result.status !== 0) throw new Error(`the sub-path build failed:\n${result.output}`);
});

test('every internal link starts with the base path and resolves, fragments included', () => {
	expect(existsSync(path.join(outDir, 'articles/28/index.html'))).toBe(true);
	expect(brokenLinks(outDir, base)).toEqual([]);
});

test('links in article pages, breadcrumbs and the stylesheet all carry the base path', () => {
	const html = readFileSync(path.join(outDir, 'articles/28/index.html'), 'utf8');
	expect(html).toContain(`href="${base}chapters/4/"`);
	expect(html).toContain(`href="${base}articles/29/" rel="next"`);
	expect(html).toMatch(new RegExp(`<link rel="stylesheet" href="${base}_astro/[^"]+\\.css"`));
	expect(html).toContain('<link rel="canonical" href="https://example.org/hanoi-convention/articles/28/">');
	expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain(`href="${base}articles/65/#p1"`);
});

test('link previews, structured data, the sitemap and robots.txt all give addresses under the sub-path', () => {
	const html = readFileSync(path.join(outDir, 'articles/28/index.html'), 'utf8');
	expect(html).toContain('<meta property="og:url" content="https://example.org/hanoi-convention/articles/28/">');
	expect(html).toContain('<meta property="og:image" content="https://example.org/hanoi-convention/og/articles/28.png">');
	expect(existsSync(path.join(outDir, 'og/articles/28.png'))).toBe(true);
	expect(html).toContain(`href="${base}critiques/feed.xml"`);
	expect(html).toContain('"url":"https://example.org/hanoi-convention/articles/28/"');
	expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/hanoi-convention/sitemap-index.xml');
	const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
	expect(sitemap).toContain('<loc>https://example.org/hanoi-convention/articles/28/</loc>');
	expect(sitemap).not.toMatch(/<loc>https:\/\/example\.org\/(?!hanoi-convention\/)/);
});
