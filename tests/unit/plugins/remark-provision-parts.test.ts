import remarkDirective from 'remark-directive';
import type { PluggableList } from 'unified';
import { describe, expect, test } from 'vitest';
import remarkProvisionParts from '../../../src/plugins/remark-provision-parts.ts';
import { md, render } from '../../support/markdown.ts';

describe('remark-provision-parts', () => {
	test('turns paragraph, point and sub-point markers into nested sections with ids from their numbers', async () => {
		const { html, file } = await render(
			md('::paragraph{n=1}', 'First.', '::point{n=a}', 'Point a.', '::subpoint{n=i}', 'Sub i.', '::subpoint{n=ii}', 'Sub ii.', '::point{n=b}', 'Point b.', '::paragraph{n=2}', 'Second.'),
		);
		expect(file.data.provisionParts?.map((part) => part.id)).toEqual(['p1', 'p1-a', 'p1-a-i', 'p1-a-ii', 'p1-b', 'p2']);
		expect(html).toContain('<h2 id="p1" class="part__label"><span class="visually-hidden">Paragraph </span><span class="part__number">1</span></h2>');
		expect(html).toContain('<h3 id="p1-a" class="part__label"><span class="visually-hidden">Point </span><span class="part__number">(a)</span></h3>');
		expect(html).toContain('<h4 id="p1-a-ii" class="part__label"><span class="visually-hidden">Sub-point </span><span class="part__number">(ii)</span></h4>');
		// Point (b) closes sub-point (ii) and point (a): it is a sibling of (a) inside paragraph 1.
		const structure = html.replace(/<!--annotations:[a-z0-9-]+-->/g, '');
		expect(structure).toMatch(/Sub ii\.<\/p><\/section><\/section><section class="part part--point"><h3 id="p1-b"/);
		// Paragraph 2 is outside paragraph 1.
		expect(structure).toMatch(/Point b\.<\/p><\/section><\/section>\s*<section class="part part--paragraph"><h2 id="p2"/);
	});

	test('keeps text before the first marker as an overview outside any part', async () => {
		const { html } = await render(md('An overview.', '::paragraph{n=1}', 'First.'));
		expect(html.indexOf('<p>An overview.</p>')).toBeLessThan(html.indexOf('<section'));
	});

	test('points of an article without paragraphs get bare letter ids, and a term becomes a <dfn>', async () => {
		const { html, file } = await render(md('::point{n=a term="Electronic data"}', 'Defined.', '::subpoint{n=i}', 'Detail.', '::point{n=b}', 'Next.'));
		expect(file.data.provisionParts?.map((part) => part.id)).toEqual(['a', 'a-i', 'b']);
		expect(file.data.provisionParts?.[0]?.term).toBe('Electronic data');
		expect(html).toContain('<h2 id="a" class="part__label"><span class="visually-hidden">Point </span><span class="part__number">(a)</span> <dfn class="part__term">Electronic data</dfn></h2>');
	});

	test('shows the reason on a part marked uncertain', async () => {
		const { html, file } = await render(md('::paragraph{n=1 uncertain="Number not checked."}', 'Text.'));
		expect(file.data.provisionParts?.[0]?.uncertain).toBe('Number not checked.');
		expect(html).toContain('<p class="part__flag"><strong>Not verified:</strong> Number not checked.</p>');
	});

	test('annotation slots are off by default and close each part when on', async () => {
		const input = md('::paragraph{n=1}', 'One.', '::point{n=a}', 'A.');
		const off = await render(input, [remarkDirective, remarkProvisionParts]);
		expect(off.html).not.toContain('<!--');
		const on = await render(input, [remarkDirective, [remarkProvisionParts, { annotationSlots: true }]]);
		expect(on.html).toMatch(/A\.<\/p>\s*<!--annotations:p1-a--><\/section>\s*<!--annotations:p1--><\/section>$/);
	});

	test('options: heading rank, screen-reader names and the uncertain label', async () => {
		const plugins: PluggableList = [
			remarkDirective,
			[remarkProvisionParts, { headingRank: 3, levelNames: { paragraph: 'Para', point: 'Pt', subpoint: 'Sub' }, uncertainLabel: 'Unsure:' }],
		];
		const { html } = await render(md('::paragraph{n=1 uncertain="why"}', 'x', '::point{n=a}', 'y'), plugins);
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
		['a repeated paragraph', md('::paragraph{n=1}', 'a', '::paragraph{n=1}', 'b'), /::paragraph\{n=1\}: paragraph number repeated; expected 2/],
		['a paragraph out of order', md('::paragraph{n=1}', 'a', '::paragraph{n=2}', 'b', '::paragraph{n=1}', 'c'), /paragraph number out of order; expected 3/],
		['a gap in paragraphs', md('::paragraph{n=1}', 'a', '::paragraph{n=3}', 'b'), /::paragraph\{n=3\}: paragraph number leaves a gap; expected 2/],
		['a first paragraph other than 1', md('::paragraph{n=2}', 'a'), /paragraph number leaves a gap; expected 1/],
		['a repeated point', md('::paragraph{n=1}', 'a', '::point{n=a}', 'b', '::point{n=a}', 'c'), /::point\{n=a\}: point number repeated in paragraph 1; expected \(b\)/],
		['a gap in points', md('::paragraph{n=1}', 'a', '::point{n=a}', 'b', '::point{n=c}', 'c'), /point number leaves a gap in paragraph 1; expected \(b\)/],
		['sub-points out of order', md('::point{n=a}', 'a', '::subpoint{n=ii}', 'b'), /::subpoint\{n=ii\}: subpoint number leaves a gap in point \(a\); expected \(i\)/],
		['a sub-point without a point', md('::paragraph{n=1}', 'a', '::subpoint{n=i}', 'b'), /a subpoint must come after a ::point marker/],
		['a paragraph after article-level points', md('::point{n=a}', 'a', '::paragraph{n=1}', 'b'), /numbers its points without paragraphs/],
		['an invalid number', md('::paragraph{n=one}', 'a'), /"one" is not a valid paragraph number/],
		['an invalid sub-point numeral', md('::point{n=a}', 'a', '::subpoint{n=iiii}', 'b'), /"iiii" is not a valid subpoint number/],
		['a missing number', md('::paragraph', 'a'), /::paragraph: the number is missing/],
		['an unknown attribute', md('::paragraph{n=1 uncertian="x"}', 'a'), /::paragraph: unknown attribute "uncertian" \(allowed: n, uncertain\)/],
		['a term on a paragraph', md('::paragraph{n=1 term="x"}', 'a'), /unknown attribute "term"/],
		['an empty uncertain reason', md('::paragraph{n=1 uncertain=""}', 'a'), /"uncertain" is empty/],
		['a label on a marker', md('::paragraph[Text]{n=1}', 'a'), /a marker takes no \[label\]/],
		['a marker inside a list', md('::paragraph{n=1}', 'a', '- ::point{n=a}'), /a marker must stand on a line of its own, outside lists and quotes/],
		['a heading beside markers', md('::paragraph{n=1}', '## Heading', 'a'), /Markdown headings are not allowed in a provision body/],
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
