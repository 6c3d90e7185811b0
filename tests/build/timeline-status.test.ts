/** The timeline and status pages show every event and figure with its sources, and keep conflicting reports visible. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { statusSchema } from '../../src/schemas/status.ts';
import { timelineSchema } from '../../src/schemas/timeline-event.ts';
import type { SourceLink } from '../../src/schemas/source-link.ts';

const page = (file: string) => readFileSync(path.resolve('dist', file), 'utf8');
const yaml = (file: string): unknown => parseYaml(readFileSync(path.resolve('content', file), 'utf8'));
const timeline = timelineSchema.parse(yaml('timeline.yaml'));
const status = statusSchema.parse(yaml('status.yaml'));
/** How a text appears in our HTML: Astro escapes &, <, >, and quotes. */
const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
/** The HTML of the element whose id is `id`, up to the next sibling of the same tag. */
const block = (html: string, tag: string, id: string) => {
	const start = html.indexOf(`<${tag} id="${id}"`);
	expect(start, `#${id}`).toBeGreaterThanOrEqual(0);
	const end = html.indexOf(`</${tag}>`, start);
	return html.slice(start, end);
};
const expectSources = (html: string, sources: readonly SourceLink[]) => {
	for (const source of sources) {
		expect(html).toContain(escaped(source.title));
		if (source.url) expect(html).toContain(`href="${escaped(source.url)}"`);
		else expect(html).toContain(escaped(source.note ?? ''));
	}
};

describe('timeline page', () => {
	const html = page('timeline/index.html');
	test.each(timeline.map((event) => [event.id, event] as const))('%s shows its sources and any conflict', (id, event) => {
		const item = block(html, 'li', id);
		expect(item).toContain(escaped(event.title));
		expectSources(item, event.sources);
		if (event.conflict) expect(item).toContain(`Sources differ:</strong> ${escaped(event.conflict)}`);
		if (event.pending) expect(item).toContain('<span>Pending</span>');
		else expect(item).toContain(`<time datetime="${event.date}"`);
	});
});

describe('status page', () => {
	const html = page('status/index.html');
	test('every count shows its number, date, standing and sources', () => {
		const items = (html.match(/<li>[\s\S]*?<\/li>/g) ?? []).map((item) => item.slice('<li>'.length));
		for (const count of [...status.signatories, ...status.ratifications]) {
			const item = items.find((text) => text.includes(escaped(count.what)));
			expect(item, count.what).toBeDefined();
			expect(item).toMatch(new RegExp(`^\\s*<span class="entry-title"[^>]*>${count.count}</span>`));
			expect(item).toMatch(/<strong[^>]*>(Relied on|Conflicting report|Unconfirmed)\.<\/strong>/);
			expectSources(item ?? '', count.sources);
		}
	});

	test('the relied-on signatory count leads the page, with its date', () => {
		const relied = status.signatories.find((count) => count.standing === 'relied-on');
		expect(relied).toBeDefined();
		expect(html).toContain(`<strong>Signatories: ${relied?.count}</strong> as of`);
	});

	test('no confirmed ratification count means no progress bar, and the page says so', () => {
		const confirmed = status.ratifications.some((count) => count.standing === 'relied-on');
		expect(html.includes('<progress'), 'a progress bar only with a relied-on count').toBe(confirmed);
		if (!confirmed) expect(html).toContain('No confirmed count.');
	});

	test('a State with differing reports is marked, and every report is shown', () => {
		const differing = status.participants.filter((participant) => participant.reports.length > 1);
		expect(differing.length).toBeGreaterThan(0);
		for (const participant of status.participants) {
			expect(html).toContain(`${escaped(participant.name)}${participant.reports.length > 1 ? ' (reports differ)' : ''}</h3>`);
			for (const report of participant.reports) {
				expect(html).toContain(escaped(report.says));
				expectSources(html, report.sources);
			}
		}
	});
});
