/**
 * npm run anchors:update
 *
 * Writes content/published-anchors.json: every anchor of the current content (article parts and claims). Run it
 * after a deliberate change; the content tests then check that no published anchor disappears without an alias.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readMarkdownFolder } from '../src/lib/content-files.ts';
import { outlineOf } from '../src/lib/provision-outline.ts';
import { currentAnchors } from '../src/lib/published-anchors.ts';
import { critiqueSchema } from '../src/schemas/critique.ts';
import { provisionSchema } from '../src/schemas/provision.ts';

const content = process.env.CONTENT_DIR ?? 'content';
const provisions = readMarkdownFolder(path.join(content, 'provisions'), provisionSchema);
const critiques = readMarkdownFolder(path.join(content, 'critiques'), critiqueSchema);
const anchors = currentAnchors(
	provisions.flatMap((entry) => (entry.data.kind === 'article' ? [{ number: entry.data.number, partIds: outlineOf(entry.body, entry.file).map((part) => part.id) }] : [])),
	critiques.map((entry) => ({ id: entry.id, claimIds: entry.data.claims.map((claim) => claim.id) })),
);
const file = path.join(content, 'published-anchors.json');
const before = (() => {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as string[];
	} catch {
		return [];
	}
})();
writeFileSync(file, `${JSON.stringify(anchors, null, '\t')}\n`);
const added = anchors.filter((anchor) => !before.includes(anchor)).length;
const removed = before.filter((anchor) => !anchors.includes(anchor)).length;
console.log(`${file}: ${anchors.length} anchors (${added} added, ${removed} removed)`);
