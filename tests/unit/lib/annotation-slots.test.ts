import { expect, test } from 'vitest';
import { splitAtSlots } from '../../../src/lib/annotation-slots.ts';
import { md, render } from '../../support/markdown.ts';

test('the site pipeline leaves a slot at the end of each part, after its sub-parts', async () => {
	const { html } = await render(md('::paragraph{n=1 basis=editors}', 'One.', '::point{n=a basis=editors}', 'A.', '::paragraph{n=2 basis=editors}', 'Two.'));
	const pieces = splitAtSlots(html);
	expect(pieces.filter((piece) => piece.kind === 'slot').map((piece) => piece.kind === 'slot' && piece.id)).toEqual(['p1-a', 'p1', 'p2']);
	// Joined again without the slots, the HTML is what it was.
	expect(pieces.map((piece) => (piece.kind === 'html' ? piece.html : '')).join('')).toBe(html.replace(/<!--annotations:[a-z0-9-]+-->/g, ''));
	// The slot of paragraph 1 comes after point (a) and before the section closes.
	expect(html).toMatch(/A\.<\/p><\/div>\s*<!--annotations:p1-a--><\/section>\s*<!--annotations:p1--><\/section>/);
});

test('no slots without markers', () => {
	expect(splitAtSlots('<p>Prose.</p>')).toEqual([{ kind: 'html', html: '<p>Prose.</p>' }]);
});
