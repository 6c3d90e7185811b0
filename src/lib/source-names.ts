/**
 * Short names of the critiques a provision part may name as its basis ("UK, November 2024"), read from the content
 * files when the Markdown pipeline is set up (astro.config.mjs), like the defined terms: the pipeline needs them
 * before Astro has loaded any collection. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from './content-files.ts';
import { formatPartialDate } from './dates.ts';

/** "<publisher's short name>, <date>" for each critique id in `contentDir`. */
export function readSourceNames(contentDir: string): Record<string, string> {
	const folder = path.join(contentDir, 'critiques');
	const names: Record<string, string> = {};
	for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
		const { data } = splitFrontMatter(readFileSync(path.join(folder, name), 'utf8')) as { data: { organisations?: string[]; date?: unknown } };
		const publisher = data.organisations?.[0];
		let short = publisher;
		if (publisher) {
			try {
				const organisation = parseYaml(readFileSync(path.join(contentDir, 'organisations', `${publisher}.yaml`), 'utf8')) as { shortName?: string };
				short = organisation.shortName ?? publisher;
			} catch {
				// An unknown publisher is reported by the build's integrity checks; the name falls back to its id.
			}
		}
		const id = name.replace(/\.md$/, '');
		names[id] = [short ?? id, data.date === undefined ? undefined : formatPartialDate(String(data.date))].filter(Boolean).join(', ');
	}
	return names;
}
