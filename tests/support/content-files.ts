/**
 * Reads the real content files the way the build does (front matter + Markdown body), validated by the same schemas,
 * so content tests can run without building the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ProvisionPart } from '../../src/plugins/remark-provision-parts.ts';
import { chapterSchema, type Chapter } from '../../src/schemas/chapter.ts';
import { provisionSchema, type Provision } from '../../src/schemas/provision.ts';
import { topicSchema, type Topic } from '../../src/schemas/topic.ts';
import { render } from './markdown.ts';

export const contentRoot = path.resolve('content');

export interface MarkdownFile<T> {
	id: string;
	file: string;
	data: T;
	body: string;
}

/** Split `---\nyaml\n---\nbody`. */
export function splitFrontMatter(text: string): { data: unknown; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error('no front matter');
	return { data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
}

function readMarkdownFolder<T>(folder: string, parse: (data: unknown) => T): Array<MarkdownFile<T>> {
	const dir = path.join(contentRoot, folder);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => {
			const file = `content/${folder}/${name}`;
			const { data, body } = splitFrontMatter(readFileSync(path.join(dir, name), 'utf8'));
			return { id: name.replace(/\.md$/, ''), file, data: parse(data), body };
		});
}

export function readProvisions(): Array<MarkdownFile<Provision>> {
	return readMarkdownFolder('provisions', (data) => provisionSchema.parse(data));
}

export function readTopics(): Array<MarkdownFile<Topic>> {
	return readMarkdownFolder('topics', (data) => topicSchema.parse(data));
}

export function readChapters(): Chapter[] {
	const items = parseYaml(readFileSync(path.join(contentRoot, 'chapters.yaml'), 'utf8')) as unknown[];
	return items.map((item) => chapterSchema.parse(item));
}

/** The numbered parts of a provision body, as the build's plugin finds them. */
export async function partsOf(provision: MarkdownFile<Provision>): Promise<ProvisionPart[]> {
	const { file } = await render(provision.body);
	return file.data.provisionParts ?? [];
}
