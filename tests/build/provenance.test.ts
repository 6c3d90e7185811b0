/**
 * The built pages say what each part rests on, as a new reader meets them: article 11 (checked against the Arabic
 * copy) at every paragraph, article 29 (the editors' knowledge only) at every paragraph, article 24 naming and
 * linking the source that locates its paragraphs 1 and 4; the derived certainty in the notice; the exports and the
 * about page agreeing with the content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const dist = path.resolve('dist');
const page = (file: string) => readFileSync(path.join(dist, file), 'utf8');

/** Each part section's heading id with the basis line right under it. */
function partBases(html: string): Array<{ id: string; basis: string; text: string }> {
	return [...html.matchAll(/<h[2-6] id="([a-z0-9-]+)" class="part__label">[\s\S]*?<p class="part__basis part__basis--([a-z-]+)"[^>]*>([\s\S]*?)<\/p>/g)].map((match) => ({
		id: match[1] ?? '',
		basis: match[2] ?? '',
		text: (match[3] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
	}));
}

describe('what each part rests on, on the page', () => {
	test('article 11: every paragraph, point and sub-point checked against the Arabic text; certainty high', () => {
		const html = page('articles/11/index.html');
		const parts = partBases(html);
		expect(parts.map((part) => part.id)).toEqual(['p1', 'p1-a', 'p1-a-i', 'p1-a-ii', 'p1-b', 'p2', 'p3']);
		for (const part of parts) expect(part, part.id).toMatchObject({ basis: 'arabic-text', text: 'Numbering and summary checked against the Arabic text (unofficial copy)' });
		expect(html).toContain('<strong>How sure we are: High</strong>');
		expect(html).not.toMatch(/reportedly/i);
	});

	test('article 29: every part says its numbering is not verified; certainty low', () => {
		const parts = partBases(page('articles/29/index.html'));
		expect(parts.length).toBeGreaterThan(0);
		for (const part of parts) expect(part, part.id).toMatchObject({ basis: 'editors', text: "Numbering not verified: the editors' knowledge only" });
		expect(page('articles/29/index.html')).toContain('<strong>How sure we are: Low</strong>');
	});

	test('article 24: paragraphs 1 and 4 name and link the statement that cites them', () => {
		const html = page('articles/24/index.html');
		const parts = partBases(html);
		expect(parts.filter((part) => part.basis === 'sources').map((part) => part.id)).toEqual(['p1', 'p4']);
		expect(parts.find((part) => part.id === 'p1')?.text).toMatch(/^Numbering located by: UK, /);
		expect(html).toMatch(/<p class="part__basis part__basis--sources"[^>]*>Numbering located by: <a href="\/critiques\/uk-third-committee-2024\/">/);
	});

	test('no page calls a summary a reading of the final text', () => {
		for (const file of ['about/index.html', 'index.html', 'articles/23/index.html', 'articles/28/index.html', 'articles/40/index.html']) {
			expect(page(file), file).not.toMatch(/reading of the final text/i);
		}
	});
});

describe('the exports and the about page agree with the parts', () => {
	const provisions = (JSON.parse(page('data/provisions.json')) as { items: Array<{ id: string; certainty: string; basis: string; parts: Array<{ id: string; basis: string; basisSources: string[] }> }> }).items;

	test('provisions.json carries each part\'s basis and the derived certainty', () => {
		const eleven = provisions.find((item) => item.id === 'article-11');
		expect(eleven?.certainty).toBe('high');
		expect(eleven?.parts.every((part) => part.basis === 'arabic-text')).toBe(true);
		const twentyFour = provisions.find((item) => item.id === 'article-24');
		expect(twentyFour?.parts.find((part) => part.id === 'p4')).toMatchObject({ basis: 'sources', basisSources: ['uk-third-committee-2024'] });
		expect(twentyFour?.certainty).toBe('low');
	});

	test('the about page counts what the exports hold', () => {
		const parts = provisions.flatMap((item) => item.parts);
		const editors = parts.filter((part) => part.basis === 'editors').length;
		const arabic = parts.filter((part) => part.basis === 'arabic-text').length;
		const html = page('about/index.html').replace(/\s+/g, ' ');
		expect(html).toContain(`${parts.length} parts in all`);
		expect(html).toContain(`${arabic} parts (in articles 1-15)`);
		expect(html).toContain(`${editors} parts: "Numbering not verified`);
	});
});
