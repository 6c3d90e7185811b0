import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypePrefixIds from '../../../src/plugins/rehype-prefix-ids.ts';

async function run(html: string, prefix: string | (() => string | undefined)): Promise<string> {
	const file = await unified().use(rehypeParse, { fragment: true }).use(rehypePrefixIds, { prefix }).use(rehypeStringify).process(html);
	return String(file);
}

describe('rehype-prefix-ids', () => {
	test('prefixes ids and the references to them, and only those', async () => {
		const html = await run(
			'<h2 id="p4">4</h2><a href="#p4">#</a><button popovertarget="term-1">x</button><div id="term-1" popover aria-labelledby="p4 other"></div><a href="#elsewhere">e</a><a href="/articles/24/#p1">a</a>',
			'a28-',
		);
		expect(html).toBe(
			'<h2 id="a28-p4">4</h2><a href="#a28-p4">#</a><button popovertarget="a28-term-1">x</button><div id="a28-term-1" popover="" aria-labelledby="a28-p4 other"></div><a href="#elsewhere">e</a><a href="/articles/24/#p1">a</a>',
		);
	});

	test('a prefix read from the file, or none', async () => {
		expect(await run('<p id="x"></p>', () => 'b-')).toBe('<p id="b-x"></p>');
		expect(await run('<p id="x"></p>', () => undefined)).toBe('<p id="x"></p>');
	});
});
