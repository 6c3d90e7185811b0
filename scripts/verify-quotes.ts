/**
 * npm run verify:quotes -- --sources ../shared/sources/texts [--seeds ../shared/seeds] [--content content]
 *
 * Checks every quotation in content/critiques against the archived source texts (texts/<source id>.txt; seeds as
 * seeds/<name>.txt) and reports each failure with its file and quote. Exits 1 when any quote fails. The archived
 * texts are read, never copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readMarkdownFolder } from '../src/lib/content-files.ts';
import { checkQuotes } from '../src/lib/quote-check.ts';
import { critiqueSchema } from '../src/schemas/critique.ts';

const { values } = parseArgs({
	options: {
		sources: { type: 'string' },
		seeds: { type: 'string' },
		content: { type: 'string', default: 'content' },
	},
});
if (!values.sources) {
	console.error('usage: npm run verify:quotes -- --sources <folder of <source id>.txt> [--seeds <folder>] [--content <folder>]');
	process.exit(2);
}
const sources = values.sources;
const seeds = values.seeds ?? path.join(sources, '..', '..', 'seeds');

const critiques = readMarkdownFolder(path.join(values.content ?? 'content', 'critiques'), critiqueSchema);
const { checked, failures } = checkQuotes(critiques, (id) => {
	const file = id.startsWith('seed/') ? path.join(seeds, `${id.slice(5)}.txt`) : path.join(sources, `${id}.txt`);
	return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
});

for (const failure of failures) {
	console.error(`${failure.file}: quotes[${failure.index}]: ${failure.problem}\n    "${failure.quote}"`);
}
console.log(`${checked - failures.length} passed, ${failures.length} failed (quotes checked against ${sources})`);
process.exit(failures.length > 0 ? 1 : 0);
