import { describe, expect, test } from 'vitest';
import { md, render } from '../../support/markdown.ts';

describe('remark-sourced-quote', () => {
	test('renders a captioned quotation that names and links its source', async () => {
		const { html } = await render(md(':::quote{source="UN Treaty Collection" url="https://treaties.un.org/x"}\nVerbatim words.\n:::'));
		expect(html).toBe(
			'<figure class="sourced-quote"><blockquote cite="https://treaties.un.org/x">\n<p>Verbatim words.</p>\n</blockquote><figcaption>Verbatim, as quoted by <a href="https://treaties.un.org/x">UN Treaty Collection</a></figcaption></figure>',
		);
	});

	test.each([
		['no source', ':::quote{url="https://a.org"}\nx\n:::', /the source is missing/],
		['an http address', ':::quote{source="S" url="http://a.org"}\nx\n:::', /"url" must be the https address of the source/],
		['no address', ':::quote{source="S"}\nx\n:::', /"url" must be the https address/],
		['an unknown attribute', ':::quote{source="S" url="https://a.org" by="me"}\nx\n:::', /unknown attribute "by"/],
		['no quotation', ':::quote{source="S" url="https://a.org"}\n:::', /the quotation is empty/],
	])('stops on %s', async (_name, input, message) => {
		await expect(render(input)).rejects.toThrow(message);
	});
});
