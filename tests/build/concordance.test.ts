/** The concordance (issue 15) on the built site: every article, its counterparts, what each rests on. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const dist = path.resolve('dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

describe('the concordance', () => {
	test("article 28's page names its Budapest counterpart, with a link to Budapest's official text and the basis of the mapping", () => {
		const html = read('articles/28/index.html');
		const section = /<section aria-labelledby="counterparts"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
		expect(text(section)).toMatch(/Budapest Convention ?: art\. 19 .*\((editors' mapping by subject|compared by .+)\)/);
		expect(section).toContain('href="https://rm.coe.int/1680081561"');
		expect(text(section)).toMatch(/No counterpart in UNTOC, UNCAC/);
	});

	test('the concordance page lists all 68 articles, each with a cell per treaty, and each chapter page only its own', () => {
		const html = read('concordance/index.html');
		for (let number = 1; number <= 68; number++) expect(html, `article ${number}`).toContain(`<tr id="a${number}">`);
		expect(html.match(/<td data-label="/g)?.length).toBe(68 * 3);
		const chapter4 = read('concordance/chapters/4/index.html');
		expect(chapter4).toContain('<tr id="a28">');
		expect(chapter4).not.toContain('<tr id="a7">');
	});

	test('concordance.json carries every article, and every mapping says what it rests on', () => {
		const items = (JSON.parse(read('data/concordance.json')) as { items: Array<{ article: number; counterparts: Array<{ basis: string; sources: string[] }>; none: string[] }> }).items;
		expect(items.map((item) => item.article)).toEqual(Array.from({ length: 68 }, (_, index) => index + 1));
		for (const item of items) for (const counterpart of item.counterparts) expect(counterpart.basis === 'editors' ? counterpart.sources.length === 0 : counterpart.sources.length > 0, `article ${item.article}`).toBe(true);
	});
});
