/**
 * Runs Markdown through the site's remark plugins (the same list astro.config.mjs uses) and turns it into HTML,
 * so plugin tests can feed tiny strings and look at the result.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { remarkPlugins } from '../../src/plugins/index.ts';

export interface Rendered {
	html: string;
	file: VFile;
}

/** Render with the whole site pipeline, or with the given remark plugins only; `frontmatter` is what Astro passes. */
export async function render(markdown: string, plugins: PluggableList = remarkPlugins({ base: '/' }) as PluggableList, frontmatter: Record<string, unknown> = {}): Promise<Rendered> {
	const file = new VFile({ value: markdown, path: 'content/provisions/article-99.md', data: { astro: { frontmatter } } });
	// As in Astro's pipeline, raw nodes our plugins emit (the annotation-slot comments) pass through to the HTML.
	const processor = unified().use(remarkParse).use(plugins).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true });
	const result = await processor.process(file);
	return { html: String(result.value), file: result };
}

/** Lines joined with blank lines between them, like a content file. */
export function md(...lines: string[]): string {
	return lines.join('\n\n') + '\n';
}
