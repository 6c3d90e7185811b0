/**
 * Every anchor the site publishes (article parts and claims), and the check that none disappears: a published
 * anchor must still exist, or have an alias in content/anchor-aliases.yaml that leads to one that does.
 * `npm run anchors:update` writes the list after a deliberate change.
 */
import type { AnchorAlias } from '../schemas/anchor-alias.ts';

/** The anchors of the current content, sorted. */
export function currentAnchors(articles: ReadonlyArray<{ number: number; partIds: readonly string[] }>, critiques: ReadonlyArray<{ id: string; claimIds: readonly string[] }>): string[] {
	return [
		...articles.flatMap((article) => article.partIds.map((id) => `/articles/${article.number}/#${id}`)),
		...critiques.flatMap((critique) => critique.claimIds.map((id) => `/critiques/${critique.id}/#claim-${id}`)),
	].sort();
}

/** What is wrong between the published list, the aliases and the current anchors; empty when all is well. */
export function anchorProblems(published: readonly string[], current: readonly string[], aliases: readonly AnchorAlias[]): string[] {
	const now = new Set(current);
	const listed = new Set(published);
	const aliasOf = new Map(aliases.map((alias) => [alias.old, alias.new]));
	const problems: string[] = [];
	for (const anchor of published) {
		if (now.has(anchor)) continue;
		const target = aliasOf.get(anchor);
		if (target === undefined) problems.push(`${anchor} was published but no longer exists: restore it, or add an alias in content/anchor-aliases.yaml`);
		else if (!now.has(target)) problems.push(`${anchor} has an alias to ${target}, which does not exist`);
	}
	for (const alias of aliases) {
		if (now.has(alias.old)) problems.push(`${alias.old} is an alias but also exists on the site: remove the alias`);
	}
	for (const anchor of current) {
		if (!listed.has(anchor)) problems.push(`${anchor} is new: run npm run anchors:update to publish it`);
	}
	return problems;
}
