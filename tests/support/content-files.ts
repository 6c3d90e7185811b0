/**
 * Reads the real content files the way the build does (front matter + Markdown body), validated by the same schemas,
 * so content tests can run without building the site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readMarkdownFolder, type MarkdownFile } from '../../src/lib/content-files.ts';
import { analyseBody } from '../../src/lib/provision-outline.ts';
import type { ProvisionPart } from '../../src/lib/provision-parts.ts';
import { chapterSchema, type Chapter } from '../../src/schemas/chapter.ts';
import { critiqueSchema, type Critique } from '../../src/schemas/critique.ts';
import { provisionSchema, type Provision } from '../../src/schemas/provision.ts';
import { topicSchema, type Topic } from '../../src/schemas/topic.ts';

export const contentRoot = path.resolve('content');

export type { MarkdownFile };

const folder = (name: string) => path.join('content', name);

export function readProvisions(): Array<MarkdownFile<Provision>> {
	return readMarkdownFolder(folder('provisions'), provisionSchema);
}

export function readTopics(): Array<MarkdownFile<Topic>> {
	return readMarkdownFolder(folder('topics'), topicSchema);
}

export function readCritiques(): Array<MarkdownFile<Critique>> {
	return readMarkdownFolder(folder('critiques'), critiqueSchema);
}

export function readChapters(): Chapter[] {
	const items = parseYaml(readFileSync(path.join(contentRoot, 'chapters.yaml'), 'utf8')) as unknown[];
	return items.map((item) => chapterSchema.parse(item));
}

/** The numbered parts of a provision body, read with the same parts model the build uses. */
export function partsOf(provision: MarkdownFile<Provision>): ProvisionPart[] {
	return analyseBody(provision.body, provision.file, provision.data).parts;
}
