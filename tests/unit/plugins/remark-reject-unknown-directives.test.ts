import { describe, expect, test } from 'vitest';
import { md, render } from '../../support/markdown.ts';

describe('remark-reject-unknown-directives', () => {
	test('stops on a misspelt marker and lists the known directives', async () => {
		await expect(render(md('::paragrpah{n=1}', 'a'))).rejects.toThrow(
			/Unknown directive "::paragrpah". Known directives: ::paragraph, ::point, ::subpoint, :::quote, :::official\./,
		);
	});

	test('stops on an unknown container directive', async () => {
		await expect(render(':::note\nx\n:::\n')).rejects.toThrow(/Unknown directive ":::note"/);
	});

	test('stops on a known directive in the wrong form', async () => {
		await expect(render(':::paragraph{n=1 basis=editors}\nx\n:::\n')).rejects.toThrow(/":::paragraph" is written in the wrong form; write ::paragraph/);
		await expect(render('::quote{source="S" url="https://a.org"}\n')).rejects.toThrow(/"::quote" is written in the wrong form; write :::quote/);
	});

	test('reports a misspelt marker before the numbering gap it causes', async () => {
		await expect(render(md('::paragraph{n=1 basis=editors}', 'a', '::paragrpah{n=2}', 'b', '::paragraph{n=3 basis=editors}', 'c'))).rejects.toThrow(/Unknown directive "::paragrpah"/);
	});

	test('turns prose that parses as an inline directive back into its text', async () => {
		const { html } = await render(md('At 10:30, Note:this{x=1} and ratio 3:2.', '::paragraph{n=1 basis=editors}', 'a'));
		expect(html).toContain('<p>At 10:30, Note:this{x=1} and ratio 3:2.</p>');
	});

	test('with restoreInline off, an inline directive stops the build too', async () => {
		const remarkDirective = (await import('remark-directive')).default;
		const plugin = (await import('../../../src/plugins/remark-reject-unknown-directives.ts')).default;
		await expect(render('Note:this\n', [remarkDirective, [plugin, { restoreInline: false }]])).rejects.toThrow(/Unknown directive ":this"/);
	});
});
