/**
 * The content collections. Each collection's schema lives in `src/schemas/` (the spec of the content); this file
 * only says where the files are and how an entry gets its id. Rules that span several entries (every article 1-68
 * once, chapters and topics that exist) are checked in `src/lib/integrity.ts`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './lib/content-dir.ts';
import { anchorAliasSchema } from './schemas/anchor-alias.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { concordanceSchema } from './schemas/concordance.ts';
import { critiqueSchema } from './schemas/critique.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { pageSchema } from './schemas/page.ts';
import { participationSchema } from './schemas/participation.ts';
import { provisionSchema } from './schemas/provision.ts';
import { stateSchema } from './schemas/state.ts';
import { statusSchema } from './schemas/status.ts';
import { timelineEventSchema } from './schemas/timeline-event.ts';
import { topicSchema } from './schemas/topic.ts';

/**
 * Markdown is rendered when a page renders it (`deferRender`), not during content sync: the glob loader only logs
 * a rendering error at sync and carries on, so a body our plugins refuse would be published empty. Rendered at page
 * time, the same error stops the build, naming the file, line and problem.
 */
const markdownFolder = (folder: string) =>
	glob({ base: `${contentDir}/${folder}`, pattern: '*.md', generateId: idFromFileName, deferRender: true });

/** Entry id = file name without `.md` (`article-07`, `preamble`), so two files can never silently share an id. */
const idFromFileName = ({ entry }: { entry: string }): string => entry.replace(/\.md$/, '');

/** YAML list -> records keyed by a field, so the file loader can give each item an id. */
function keyedBy(field: string) {
	return (text: string): Record<string, Record<string, unknown>> => {
		const items: unknown = parseYaml(text) ?? [];
		if (!Array.isArray(items)) throw new Error(`expected a list of items, found ${typeof items}`);
		const records: Record<string, Record<string, unknown>> = {};
		items.forEach((item: Record<string, unknown>, index) => {
			const key = String(item?.[field] ?? `missing-${field}-${index + 1}`);
			if (key in records) throw new Error(`two items have ${field} ${key}`);
			records[key] = item;
		});
		return records;
	};
}

const provisions = defineCollection({
	loader: markdownFolder('provisions'),
	schema: provisionSchema,
});

const chapters = defineCollection({
	loader: file(`${contentDir}/chapters.yaml`, { parser: keyedBy('number') }),
	schema: chapterSchema,
});

const topics = defineCollection({
	loader: markdownFolder('topics'),
	schema: topicSchema,
});

const timeline = defineCollection({
	loader: file(`${contentDir}/timeline.yaml`, { parser: keyedBy('id') }),
	schema: timelineEventSchema,
});

const pages = defineCollection({
	loader: markdownFolder('pages'),
	schema: pageSchema,
});

const organisations = defineCollection({
	loader: glob({ base: `${contentDir}/organisations`, pattern: '*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
	schema: organisationSchema,
});

const critiques = defineCollection({
	loader: markdownFolder('critiques'),
	schema: critiqueSchema,
});

const anchorAliases = defineCollection({
	loader: file(`${contentDir}/anchor-aliases.yaml`, { parser: keyedBy('old') }),
	schema: anchorAliasSchema,
});

const status = defineCollection({
	loader: file(`${contentDir}/status.yaml`, { parser: (text) => ({ status: parseYaml(text) as Record<string, unknown> }) }),
	schema: statusSchema,
});

const states = defineCollection({
	loader: file(`${contentDir}/states.yaml`, { parser: keyedBy('code') }),
	schema: stateSchema,
});

const participation = defineCollection({
	loader: file(`${contentDir}/participation.yaml`, { parser: (text) => ({ participation: parseYaml(text) as Record<string, unknown> }) }),
	schema: participationSchema,
});

const concordance = defineCollection({
	loader: file(`${contentDir}/concordance.yaml`, { parser: (text) => ({ concordance: parseYaml(text) as Record<string, unknown> }) }),
	schema: concordanceSchema,
});

export const collections = { provisions, chapters, topics, timeline, pages, organisations, critiques, anchorAliases, status, states, participation, concordance };
