/**
 * Reading content files outside Astro (scripts and tests): front matter plus Markdown body, validated by the same
 * schemas the build uses. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';

/** A Markdown content file: its id (file name), path, validated front matter and body. */
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

/** Every `.md` file of a folder, sorted by name, with front matter validated by `schema`. */
export function readMarkdownFolder<S extends z.ZodType>(folder: string, schema: S): Array<MarkdownFile<z.infer<S>>> {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => {
			const file = path.join(folder, name);
			let split: { data: unknown; body: string };
			try {
				split = splitFrontMatter(readFileSync(file, 'utf8'));
			} catch (error) {
				throw new Error(`${file}: front matter: ${error instanceof Error ? error.message : String(error)}`);
			}
			const { data, body } = split;
			const parsed = schema.safeParse(data);
			if (!parsed.success) {
				const issue = parsed.error.issues[0];
				throw new Error(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
			}
			return { id: name.replace(/\.md$/, ''), file, data: parsed.data, body };
		});
}
