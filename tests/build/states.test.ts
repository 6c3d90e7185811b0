/** States on the built site (issue 13): their statements reach the article pages they are about. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const dist = path.resolve('dist');
const claims = (JSON.parse(readFileSync(path.join(dist, 'data/claims.json'), 'utf8')) as { items: Array<{ id: string; critique: string; speakers: string[]; provisions: string[] }> }).items;

describe("States' statements", () => {
	test.each(['russia', 'iran', 'australia', 'brazil'])("%s's claims appear on the pages of the articles they are about", (state) => {
		const own = claims.filter((claim) => claim.speakers.includes(state));
		expect(own.length, state).toBeGreaterThan(0);
		for (const claim of own) {
			const articles = claim.provisions.map((ref) => /^(\d+)/.exec(ref)?.[1]).filter((number): number is string => number !== undefined);
			for (const number of articles) {
				const html = readFileSync(path.join(dist, 'articles', number, 'index.html'), 'utf8');
				expect(html, `${claim.id} on article ${number}`).toContain(`/critiques/${claim.critique}/#claim-${claim.id.split('#')[1] ?? claim.id}`);
			}
		}
	});

	test("each of them has a State page listing its statements", () => {
		for (const code of ['rus', 'irn', 'aus', 'bra']) {
			const html = readFileSync(path.join(dist, 'states', code, 'index.html'), 'utf8');
			expect(html, code).toMatch(/class="claims"/);
		}
	});
});
