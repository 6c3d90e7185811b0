/** Published anchors never silently disappear: content/published-anchors.json against the current content. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { outlineOf } from '../../src/lib/provision-outline.ts';
import { anchorProblems, currentAnchors } from '../../src/lib/published-anchors.ts';
import { anchorAliasSchema } from '../../src/schemas/anchor-alias.ts';
import { readCritiques, readProvisions } from '../support/content-files.ts';

const published = JSON.parse(readFileSync('content/published-anchors.json', 'utf8')) as string[];
const aliases = ((parseYaml(readFileSync('content/anchor-aliases.yaml', 'utf8')) as unknown[]) ?? []).map((alias) => anchorAliasSchema.parse(alias));
const current = currentAnchors(
	readProvisions().flatMap((entry) => (entry.data.kind === 'article' ? [{ number: entry.data.number, partIds: outlineOf(entry.body, entry.file).map((part) => part.id) }] : [])),
	readCritiques().map((entry) => ({ id: entry.id, claimIds: entry.data.claims.map((claim) => claim.id) })),
);

describe('published anchors', () => {
	test('every published anchor still exists or has an alias, and every current anchor is published', () => {
		expect(anchorProblems(published, current, aliases)).toEqual([]);
		expect(published.length).toBeGreaterThan(300);
	});

	test('the check catches a removed or renamed anchor, and accepts it with an alias', () => {
		const renamed = current.map((anchor) => (anchor === '/articles/28/#p4' ? '/articles/28/#p5' : anchor));
		expect(anchorProblems(published, renamed, [])).toEqual([
			'/articles/28/#p4 was published but no longer exists: restore it, or add an alias in content/anchor-aliases.yaml',
			'/articles/28/#p5 is new: run npm run anchors:update to publish it',
		]);
		const alias = anchorAliasSchema.parse({ old: '/articles/28/#p4', new: '/articles/28/#p5', reason: 'Renumbered after the official text.' });
		expect(anchorProblems([...published, '/articles/28/#p5'], renamed, [alias])).toEqual([]);
		expect(anchorAliasSchema.safeParse({ old: '/articles/28/#p4', new: '/articles/29/#p4', reason: 'Moved to another page.' }).success).toBe(false);
	});
});
