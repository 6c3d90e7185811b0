import { expect, test } from 'vitest';
import { md, render } from '../../support/markdown.ts';

const input = md('::paragraph{n=1 basis=editors}', ':::official\nInvented verbatim text.\n:::', 'Our summary.');

test('official text is shown, labelled, above our summary, in an official-text file', async () => {
	const { html } = await render(input, undefined, { kind: 'article', number: 9, textStatus: 'official' });
	expect(html).toMatch(/<div class="official"><p class="official__label">Official text \(A\/RES\/79\/243, annex\)<\/p>\s*<p>Invented verbatim text\.<\/p>\s*<\/div>\s*<p>Our summary\.<\/p>/);
});

test('official text in a file whose status is summary stops the build', async () => {
	await expect(render(input, undefined, { kind: 'article', number: 9, textStatus: 'summary' })).rejects.toThrow(/:::official: verbatim official text needs textStatus: official/);
});
