import { describe, expect, test } from 'vitest';
import { render } from '../../support/markdown.ts';

describe('remark-reject-raw-html', () => {
	test.each([
		['a script element', 'Text\n\n<script>alert(1)</script>\n', /Raw HTML is not allowed in content \(found `<script>alert\(1\)<\/script>`\)/],
		['an inline image with onerror', 'An <img src=x onerror="alert(1)"> image.\n', /Raw HTML is not allowed in content \(found `<img src=x onerror/],
		['a javascript: link', '[click](javascript:alert(1))\n', /scheme "javascript:" is not allowed/],
		['a data: image', '![x](data:image/png;base64,AAAA)\n', /scheme "data:" is not allowed/],
		['a javascript: link definition', '[a]: JavaScript:alert(1)\n', /scheme "javascript:" is not allowed/],
	])('stops on %s', async (_name, input, message) => {
		await expect(render(input)).rejects.toThrow(message);
	});

	test('allows https, mailto and relative links', async () => {
		const { html } = await render('[a](https://un.org) [b](mailto:x@y.org) [c](/articles/28/#p4)\n');
		expect(html).toBe('<p><a href="https://un.org">a</a> <a href="mailto:x@y.org">b</a> <a href="/articles/28/#p4">c</a></p>');
	});
});
