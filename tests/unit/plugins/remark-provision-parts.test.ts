import remarkDirective from 'remark-directive';
import type { PluggableList } from 'unified';
import { describe, expect, test } from 'vitest';
import remarkProvisionParts from '../../../src/plugins/remark-provision-parts.ts';
import { md, render } from '../../support/markdown.ts';

describe('remark-provision-parts', () => {
	test('turns paragraph, point and sub-point markers into nested sections with ids from their numbers', async () => {
		const { html, file } = await render(
			md('::paragraph{n=1 basis=editors}', 'First.', '::point{n=a basis=editors}', 'Point a.', '::subpoint{n=i basis=editors}', 'Sub i.', '::subpoint{n=ii basis=editors}', 'Sub ii.', '::point{n=b basis=editors}', 'Point b.', '::paragraph{n=2 basis=editors}', 'Second.'),
		);
		expect(file.data.provisionParts?.map((part) => part.id)).toEqual(['p1', 'p1-a', 'p1-a-i', 'p1-a-ii', 'p1-b', 'p2']);
		expect(html).toContain('<h2 id="p1" class="part__label"><span class="visually-hidden">Paragraph </span><span class="part__number">1</span></h2>');
		expect(html).toContain('<h3 id="p1-a" class="part__label"><span class="visually-hidden">Point </span><span class="part__number">(a)</span></h3>');
		expect(html).toContain('<h4 id="p1-a-ii" class="part__label"><span class="visually-hidden">Sub-point </span><span class="part__number">(ii)</span></h4>');
		// Point (b) closes sub-point (ii) and point (a): it is a sibling of (a) inside paragraph 1.
		const structure = html.replace(/<!--annotations:[a-z0-9-]+-->/g, '');
		expect(structure).toMatch(/Sub ii\.<\/p><\/div><\/section><\/section><section class="part part--point"><div class="part__body"><h3 id="p1-b"/);
		// Paragraph 2 is outside paragraph 1.
		expect(structure).toMatch(/Point b\.<\/p><\/div><\/section><\/section>\s*<section class="part part--paragraph"><div class="part__body"><h2 id="p2"/);
		// Each part's own text is in its body, before its sub-parts.
		expect(structure).toMatch(/<div class="part__body"><h2 id="p1"[\s\S]*?First\.<\/p><\/div><section class="part part--point">/);
	});

	test('keeps text before the first marker as an overview outside any part', async () => {
		const { html } = await render(md('An overview.', '::paragraph{n=1 basis=editors}', 'First.'));
		expect(html.indexOf('<p>An overview.</p>')).toBeLessThan(html.indexOf('<section'));
	});

	test('points of an article without paragraphs get bare letter ids, and a term becomes a <dfn>', async () => {
		const { html, file } = await render(md('::point{n=a basis=editors term="Electronic data"}', 'Defined.', '::subpoint{n=i basis=editors}', 'Detail.', '::point{n=b basis=editors}', 'Next.'));
		expect(file.data.provisionParts?.map((part) => part.id)).toEqual(['a', 'a-i', 'b']);
		expect(file.data.provisionParts?.[0]?.term).toBe('Electronic data');
		expect(html).toContain('<h2 id="a" class="part__label"><span class="visually-hidden">Point </span><span class="part__number">(a)</span> <dfn class="part__term">Electronic data</dfn></h2>');
	});

	test('shows the reason on a part marked uncertain', async () => {
		const { html, file } = await render(md('::paragraph{n=1 basis=editors uncertain="Number not checked."}', 'Text.'));
		expect(file.data.provisionParts?.[0]?.uncertain).toBe('Number not checked.');
		expect(html).toContain('<p class="part__flag"><strong>Not verified:</strong> Number not checked.</p>');
	});

	test('says under each heading what the part rests on, linking the sources that locate it', async () => {
		const plugins: PluggableList = [remarkDirective, [remarkProvisionParts, { base: '/sub/', sourceNames: { 'uk-2024': 'UK, 2024' } }]];
		const { html, file } = await render(
			md('::paragraph{n=1 basis=arabic-text}', 'One.', '::paragraph{n=2 basis=sources sources="uk-2024 eff-2023"}', 'Two.', '::paragraph{n=3 basis=editors}', 'Three.'),
			plugins,
		);
		expect(file.data.provisionParts?.map((part) => part.provenance)).toEqual([
			{ basis: 'arabic-text', sources: [] },
			{ basis: 'sources', sources: ['uk-2024', 'eff-2023'] },
			{ basis: 'editors', sources: [] },
		]);
		expect(html).toContain('<p class="part__basis part__basis--arabic-text" data-pagefind-ignore="">Numbering and summary checked against the Arabic text (unofficial copy)</p>');
		expect(html).toContain('<p class="part__basis part__basis--sources" data-pagefind-ignore="">Numbering located by: <a href="/sub/critiques/uk-2024/">UK, 2024</a>; <a href="/sub/critiques/eff-2023/">eff-2023</a></p>');
		expect(html).toContain('<p class="part__basis part__basis--editors" data-pagefind-ignore="">Numbering not verified: the editors’ knowledge only</p>'.replace('’', "'"));
		// The basis line is not part of the summary.
		expect(file.data.provisionParts?.[1]?.summary).toBe('Two.');
	});

	test('annotation slots are off by default and close each part when on', async () => {
		const input = md('::paragraph{n=1 basis=editors}', 'One.', '::point{n=a basis=editors}', 'A.');
		const off = await render(input, [remarkDirective, remarkProvisionParts]);
		expect(off.html).not.toContain('<!--');
		const on = await render(input, [remarkDirective, [remarkProvisionParts, { annotationSlots: true }]]);
		expect(on.html).toMatch(/A\.<\/p><\/div>\s*<!--annotations:p1-a--><\/section>\s*<!--annotations:p1--><\/section>$/);
	});

	test('options: heading rank, screen-reader names and the uncertain label', async () => {
		const plugins: PluggableList = [
			remarkDirective,
			[remarkProvisionParts, { headingRank: 3, levelNames: { paragraph: 'Para', point: 'Pt', subpoint: 'Sub' }, uncertainLabel: 'Unsure:' }],
		];
		const { html } = await render(md('::paragraph{n=1 basis=editors uncertain="why"}', 'x', '::point{n=a basis=editors}', 'y'), plugins);
		expect(html).toContain('<h3 id="p1" class="part__label"><span class="visually-hidden">Para </span>');
		expect(html).toContain('<h4 id="p1-a" class="part__label"><span class="visually-hidden">Pt </span>');
		expect(html).toContain('<strong>Unsure:</strong> why');
	});

	test('leaves a document without markers alone, headings included', async () => {
		const { html, file } = await render(md('## A heading', 'Prose.'));
		expect(html).toBe('<h2>A heading</h2>\n<p>Prose.</p>');
		expect(file.data.provisionParts).toEqual([]);
	});

	const failures: Array<[string, string, RegExp]> = [
		['a repeated paragraph', md('::paragraph{n=1 basis=editors}', 'a', '::paragraph{n=1 basis=editors}', 'b'), /::paragraph\{n=1\}: paragraph number repeated; expected 2/],
		['a paragraph out of order', md('::paragraph{n=1 basis=editors}', 'a', '::paragraph{n=2 basis=editors}', 'b', '::paragraph{n=1 basis=editors}', 'c'), /paragraph number out of order; expected 3/],
		['a gap in paragraphs', md('::paragraph{n=1 basis=editors}', 'a', '::paragraph{n=3 basis=editors}', 'b'), /::paragraph\{n=3\}: paragraph number leaves a gap; expected 2/],
		['a first paragraph other than 1', md('::paragraph{n=2 basis=editors}', 'a'), /paragraph number leaves a gap; expected 1/],
		['a repeated point', md('::paragraph{n=1 basis=editors}', 'a', '::point{n=a basis=editors}', 'b', '::point{n=a basis=editors}', 'c'), /::point\{n=a\}: point number repeated in paragraph 1; expected \(b\)/],
		['a gap in points', md('::paragraph{n=1 basis=editors}', 'a', '::point{n=a basis=editors}', 'b', '::point{n=c basis=editors}', 'c'), /point number leaves a gap in paragraph 1; expected \(b\)/],
		['sub-points out of order', md('::point{n=a basis=editors}', 'a', '::subpoint{n=ii basis=editors}', 'b'), /::subpoint\{n=ii\}: subpoint number leaves a gap in point \(a\); expected \(i\)/],
		['a sub-point without a point', md('::paragraph{n=1 basis=editors}', 'a', '::subpoint{n=i basis=editors}', 'b'), /a subpoint must come after a ::point marker/],
		['a paragraph after article-level points', md('::point{n=a basis=editors}', 'a', '::paragraph{n=1 basis=editors}', 'b'), /numbers its points without paragraphs/],
		['an invalid number', md('::paragraph{n=one basis=editors}', 'a'), /"one" is not a valid paragraph number/],
		['an invalid sub-point numeral', md('::point{n=a basis=editors}', 'a', '::subpoint{n=iiii basis=editors}', 'b'), /"iiii" is not a valid subpoint number/],
		['a missing number', md('::paragraph', 'a'), /::paragraph: the number is missing/],
		['an unknown attribute', md('::paragraph{n=1 basis=editors uncertian="x"}', 'a'), /::paragraph: unknown attribute "uncertian" \(allowed: n, basis, sources, uncertain\)/],
		['a part without a basis', md('::paragraph{n=1}', 'a'), /::paragraph\{n=1\}: basis: missing; every part must say what it rests on \(official-text, arabic-text, sources, editors\)/],
		['an unknown basis', md('::paragraph{n=1 basis=memory}', 'a'), /basis: "memory" is not one of official-text, arabic-text, sources, editors/],
		['basis=sources without sources', md('::paragraph{n=1 basis=sources}', 'a'), /sources: basis=sources needs the ids of the sources that locate this part/],
		['sources on another basis', md('::paragraph{n=1 basis=editors sources="uk-2024"}', 'a'), /sources: only a part with basis=sources names sources/],
		['a term on a paragraph', md('::paragraph{n=1 basis=editors term="x"}', 'a'), /unknown attribute "term"/],
		['an empty uncertain reason', md('::paragraph{n=1 basis=editors uncertain=""}', 'a'), /"uncertain" is empty/],
		['a label on a marker', md('::paragraph[Text]{n=1}', 'a'), /a marker takes no \[label\]/],
		['a marker inside a list', md('::paragraph{n=1 basis=editors}', 'a', '- ::point{n=a basis=editors}'), /a marker must stand on a line of its own, outside lists and quotes/],
		['a heading beside markers', md('::paragraph{n=1 basis=editors}', '## Heading', 'a'), /Markdown headings are not allowed in a provision body/],
	];

	test.each(failures)('stops on %s, naming the file, line and problem', async (_name, input, message) => {
		const error = await render(input).then(
			() => undefined,
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(Error);
		expect(String(error)).toMatch(message);
		expect(String(error)).toMatch(/content\/provisions\/article-99\.md:\d+:\d+/);
	});
});
