import type { PluggableList } from 'unified';
import { expect, test } from 'vitest';
import rehypeExternalLinks from '../../../src/plugins/rehype-external-links.ts';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

async function html(markdown: string, siteOrigin?: string): Promise<string> {
	const plugins: PluggableList = [[rehypeExternalLinks, siteOrigin ? { siteOrigin } : {}]];
	return String(await unified().use(remarkParse).use(remarkRehype).use(plugins).use(rehypeStringify).process(markdown));
}

test('a link to another site is marked external and opened without a referrer or opener', async () => {
	expect(await html('[UN](https://docs.un.org/en/A/RES/79/243)')).toBe(
		'<p><a href="https://docs.un.org/en/A/RES/79/243" class="external" rel="noopener noreferrer">UN<span class="visually-hidden" data-pagefind-ignore=""> (external site)</span></a></p>',
	);
});

test('links inside the site, relative or absolute to its own origin, are left alone', async () => {
	expect(await html('[a](/articles/28/#p4) [b](#p1) [c](https://site.example/articles/2/)', 'https://site.example')).toBe(
		'<p><a href="/articles/28/#p4">a</a> <a href="#p1">b</a> <a href="https://site.example/articles/2/">c</a></p>',
	);
});
