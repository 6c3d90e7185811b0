/** Shareable and findable (issue 14): link previews, card images, structured data, sitemap, robots.txt, feed link. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../support/built-site.ts';

const dist = path.resolve('dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\:')}" content="([^"]*)"`).exec(html)?.[1];
const pages = htmlFiles(dist).filter((file) => file.endsWith('index.html') && !file.startsWith('a/'));
const onePerType = ['index.html', 'articles/28/index.html', 'preamble/index.html', 'critiques/eff-unga-fight-2024-08/index.html', 'organisations/eff/index.html', 'states/bra/index.html', 'topics/data-sharing/index.html', 'participants/index.html', 'search/index.html'];

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Where a site URL's file is in dist. */
const fileOf = (url: string) => path.join(dist, decodeURIComponent(new URL(url).pathname));

describe('link previews', () => {
	test.each(onePerType)('%s has Open Graph and Twitter card tags', (page) => {
		const html = read(page);
		for (const key of ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt']) {
			expect(meta(html, key), `${page}: ${key}`).toBeTruthy();
		}
		expect(meta(html, 'og:url')).toBe(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]);
		expect(meta(html, 'twitter:card')).toBe('summary_large_image');
	});

	test('every page has a card image that exists and is 1200x630; pages with data have their own', () => {
		const own = new Set<string>();
		for (const page of pages) {
			const image = meta(read(page), 'og:image') ?? '';
			expect(existsSync(fileOf(image)), `${page}: ${image}`).toBe(true);
			own.add(image);
		}
		for (const image of own) expect(pngSize(fileOf(image))).toEqual({ width: 1200, height: 630 });
		expect(meta(read('articles/28/index.html'), 'og:image')).toMatch(/\/og\/articles\/28\.png$/);
		expect(meta(read('critiques/eff-unga-fight-2024-08/index.html'), 'og:image')).toMatch(/\/og\/critiques\/eff-unga-fight-2024-08\.png$/);
		expect(meta(read('states/bra/index.html'), 'og:image')).toMatch(/\/og\/states\/bra\.png$/);
		expect(meta(read('about/index.html'), 'og:image')).toMatch(/\/og\/site\.png$/);
		// Every article, critique, organisation, State and topic page has a card of its own.
		for (const page of pages.filter((file) => /^(articles|critiques|organisations|states|topics)\/[^/]+\/index\.html$/.test(file))) {
			expect(meta(read(page), 'og:image'), page).not.toMatch(/\/og\/site\.png$/);
		}
	});

	test("an article's card says what the page says: its title and its counts", () => {
		const html = read('articles/28/index.html');
		expect(meta(html, 'og:title')).toMatch(/^Article 28\. /);
		expect(meta(html, 'og:image:alt')).toMatch(/^Article 28, .*\(Chapter IV\): \d+ concerns?/);
	});
});

/** The schema.org types the site uses, with the properties each must have. */
const required: Record<string, string[]> = {
	WebSite: ['name', 'url'],
	WebPage: ['name', 'description', 'url', 'about'],
	Legislation: ['name'],
	Report: ['headline', 'datePublished', 'url', 'publisher'],
	Article: ['headline', 'datePublished', 'url', 'publisher'],
	NewsArticle: ['headline', 'datePublished', 'url', 'publisher'],
	OpinionNewsArticle: ['headline', 'datePublished', 'url', 'publisher'],
	Organization: ['name'],
	GovernmentOrganization: ['name'],
	Country: ['name', 'identifier'],
	Person: ['name'],
	SearchAction: ['target'],
};

/** Problems in one JSON-LD node and the nodes inside it. */
function check(node: unknown, where: string): string[] {
	if (Array.isArray(node)) return node.flatMap((item, index) => check(item, `${where}[${index}]`));
	if (typeof node !== 'object' || node === null) return [];
	const record = node as Record<string, unknown>;
	const problems: string[] = [];
	if ('@type' in record) {
		const type = String(record['@type']);
		if (!(type in required)) problems.push(`${where}: unknown type ${type}`);
		for (const key of required[type] ?? []) if (record[key] === undefined || record[key] === '') problems.push(`${where}: ${type} lacks ${key}`);
	}
	return [...problems, ...Object.entries(record).flatMap(([key, value]) => check(value, `${where}.${key}`))];
}

describe('structured data', () => {
	test('every page has JSON-LD that parses, uses schema.org and validates against the types it uses', () => {
		for (const page of pages) {
			const blocks = [...read(page).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? '') as Record<string, unknown>);
			expect(blocks.length, page).toBeGreaterThan(0);
			for (const block of blocks) {
				expect(block['@context'], page).toBe('https://schema.org');
				expect(check(block, page)).toEqual([]);
			}
		}
	});

	test('the validation is not vacuous: a node without a required property or with an unknown type fails', () => {
		expect(check({ '@type': 'WebPage', name: 'x', description: 'y', url: 'z' }, 'p')).toEqual(['p: WebPage lacks about']);
		expect(check({ '@type': 'Thing' }, 'p')).toEqual(['p: unknown type Thing']);
	});

	test('an article page is about that article, part of the Convention; a critique page about the piece, with publisher and date', () => {
		const article = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(read('articles/28/index.html'))?.[1] ?? '{}');
		expect(article.about).toMatchObject({ '@type': 'Legislation', legislationIdentifier: 'Article 28', isPartOf: { name: 'United Nations Convention against Cybercrime', legislationIdentifier: 'A/RES/79/243' } });
		const critique = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(read('critiques/eff-unga-fight-2024-08/index.html'))?.[1] ?? '{}');
		expect(critique.about.publisher[0].name).toBe('Electronic Frontier Foundation');
		expect(critique.about.datePublished).toMatch(/^2024-08/);
		const home = read('index.html');
		expect(home).toContain('"@type":"WebSite"');
	});
});

describe('sitemap, robots.txt and feed', () => {
	const urls = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');

	test('the sitemap index leads to a sitemap listing every page, each a page, under the site URL', () => {
		expect(read('sitemap-index.xml')).toContain('/sitemap-0.xml</loc>');
		for (const url of urls) {
			expect(url, url).toMatch(/^http:\/\/localhost:4321\//);
			expect(existsSync(path.join(fileOf(url), 'index.html')), url).toBe(true);
		}
		for (let number = 1; number <= 68; number++) expect(urls, `article ${number}`).toContain(`http://localhost:4321/articles/${number}/`);
		expect(urls.length).toBe(pages.length);
		expect(urls.some((url) => url.includes('/a/'))).toBe(false);
	});

	test('robots.txt names the sitemap by its full address', () => {
		expect(read('robots.txt')).toMatch(/^Sitemap: http:\/\/localhost:4321\/sitemap-index\.xml$/m);
	});

	test('every page links the Atom feed, which exists', () => {
		for (const page of pages) expect(read(page), page).toContain('<link rel="alternate" type="application/atom+xml" title="Critiques and responses (Atom)" href="/critiques/feed.xml">');
		expect(existsSync(path.join(dist, 'critiques/feed.xml'))).toBe(true);
	});
});
