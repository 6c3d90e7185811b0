/** The built site in dist/ (run `npm run build` first; `npm test` does). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { officialLinks } from '../../src/lib/official-links.ts';
import { brokenLinks, htmlFiles, idsIn } from '../support/built-site.ts';
import { partsOf, readProvisions, readTopics } from '../support/content-files.ts';

const dist = path.resolve('dist');
/** A built page's HTML, with the apostrophe entity decoded so tests can look for plain text. */
const page = (relative: string) => readFileSync(path.join(dist, relative), 'utf8').replaceAll('&#39;', "'");

beforeAll(() => {
	if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
});

describe('the built site', () => {
	test('has a page for the preamble and for each article, with every paragraph, point and term anchor', async () => {
		for (const provision of readProvisions()) {
			const relative = provision.data.kind === 'article' ? `articles/${provision.data.number}/index.html` : 'preamble/index.html';
			expect(existsSync(path.join(dist, relative)), relative).toBe(true);
			const ids = idsIn(page(relative));
			for (const part of partsOf(provision)) expect(ids.has(part.id), `${relative}#${part.id}`).toBe(true);
		}
	});

	test('article pages carry their chapter breadcrumb, title, in brief and previous/next links', () => {
		const html = page('articles/28/index.html');
		expect(html).toContain('<a href="/chapters/4/">Chapter IV. Procedural measures and law enforcement</a>');
		expect(html).toMatch(/<h1>\s*<span class="eyebrow">Article 28<\/span>\s*Search and seizure of stored electronic data\s*<\/h1>/);
		expect(html).toMatch(/<h2 id="in-brief">In brief<\/h2>/);
		expect(html).toContain('href="/articles/27/" rel="prev"');
		expect(html).toContain('href="/articles/29/" rel="next"');
		expect(page('articles/1/index.html')).toContain('href="/preamble/" rel="prev"');
		expect(page('articles/68/index.html')).not.toContain('rel="next"');
	});

	test('every provision page says it is a summary and links to the official text and UNODC', () => {
		const pages = htmlFiles(dist).filter((file) => /^(articles\/\d+|preamble)\/index\.html$/.test(file));
		expect(pages).toHaveLength(69);
		for (const file of pages) {
			const html = page(file);
			expect(html, file).toContain("This is the editors' summary, not the official text.");
			expect(html, file).toContain(`href="${officialLinks.resolution.url}"`);
			expect(html, file).toContain(`href="${officialLinks.unodcFullText.url}"`);
			expect(html, file).toMatch(/How sure we are: (High|Medium|Low)/);
		}
	});

	test('a topic page for every topic, a page for every chapter, and the fixed pages', () => {
		for (const topic of readTopics()) expect(existsSync(path.join(dist, `topics/${topic.id}/index.html`)), topic.id).toBe(true);
		for (let chapter = 1; chapter <= 9; chapter++) expect(existsSync(path.join(dist, `chapters/${chapter}/index.html`))).toBe(true);
		for (const fixed of ['index.html', 'contents/index.html', 'topics/index.html', 'about/index.html', '404.html']) {
			expect(existsSync(path.join(dist, fixed)), fixed).toBe(true);
		}
	});

	test('the home page gives the key facts with their sources and the entry-into-force rule', () => {
		const html = page('index.html');
		expect(html).toContain('<time datetime="2024-12-24">24 December 2024</time>');
		expect(html).toContain('<time datetime="2025-10-25">25–26 October 2025</time>');
		expect(html).toContain(officialLinks.treatyStatus.url);
		expect(html).toContain('href="/articles/65/#p1"');
		expect(html).toContain('Sources differ:');
	});

	test('every page is in English, has one h1, a skip link to <main id="main">, and no inline script', () => {
		for (const file of htmlFiles(dist)) {
			const html = page(file);
			expect(html, file).toMatch(/<html lang="en"[ >]/);
			expect(html.match(/<h1[\s>]/g), file).toHaveLength(1);
			expect(html, file).toContain('<a class="skip-link" href="#main">');
			expect(html, file).toContain('<main id="main"');
			for (const tag of html.match(/<script[^>]*>/g) ?? []) {
				// Data blocks (JSON, JSON-LD) are never run; every script that runs is a file of the site's own.
				expect(tag, file).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$|^<script type="application\/(json|ld\+json)">$/);
			}
		}
	});

	test('every internal link and #fragment resolves', () => {
		expect(brokenLinks(dist)).toEqual([]);
	});
});
