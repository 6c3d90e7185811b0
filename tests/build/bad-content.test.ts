/**
 * Bad content never builds: each case copies the real content, breaks one thing, runs a real `astro build` on the
 * copy, and checks that the build fails with a message naming the file, the field and the problem.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const work = path.resolve('tmp/bad-content');

/** Build a copy of content/ after `breakIt` has changed it; return the build's output. */
function buildBroken(name: string, breakIt: (dir: string) => void): string {
	const dir = path.join(work, name);
	rmSync(dir, { recursive: true, force: true });
	cpSync(path.resolve('content'), dir, { recursive: true });
	breakIt(dir);
	const result = buildSite({ CONTENT_DIR: dir, OUT_DIR: path.join(work, `${name}-dist`), ASTRO_CACHE_DIR: path.join(work, `${name}-cache`) });
	expect(result.status, result.output).not.toBe(0);
	return result.output;
}

function edit(file: string, from: string | RegExp, to: string): void {
	const text = readFileSync(file, 'utf8');
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`fixture edit did not apply to ${file}: ${from}`);
	writeFileSync(file, changed);
}

describe('the build refuses bad content', () => {
	test('cross-entry problems: a duplicate and a missing article number, an unknown topic, all reported at once', () => {
		const output = buildBroken('cross-entry', (dir) => {
			edit(path.join(dir, 'provisions/article-10.md'), /^number: 10$/m, 'number: 9');
			edit(path.join(dir, 'provisions/article-40.md'), /^topics: \[/m, 'topics: [data-sharng, ');
			rmSync(path.join(dir, 'provisions/article-60.md'));
		});
		expect(output).toContain('provisions/article-10.md: number: article 9 must be in article-09.md, not article-10.md');
		expect(output).toMatch(/provisions\/article-09\.md: number: article 9 is also defined in .*provisions\/article-10\.md/);
		expect(output).toContain('provisions/article-10.md: file: article 10 is missing');
		expect(output).toContain('provisions/article-60.md: file: article 60 is missing');
		expect(output).toContain('provisions/article-40.md: topics: unknown topic "data-sharng"');
	});

	test('a part that does not say what it rests on', () => {
		const output = buildBroken('missing-basis', (dir) => edit(path.join(dir, 'provisions/article-29.md'), '::paragraph{n=1 basis=editors}', '::paragraph{n=1}'));
		expect(output).toMatch(/provisions\/article-29\.md":\s*body, line \d+: ::paragraph\{n=1\}: basis: missing; every part must say what it rests on/);
	});

	test('sources named as a basis that do not exist or are not about the article, all reported at once', () => {
		const output = buildBroken('bad-basis-sources', (dir) => {
			const file = path.join(dir, 'provisions/article-24.md');
			edit(file, 'basisSources: [uk-third-committee-2024]', 'basisSources: [no-such-statement]');
			edit(file, '::paragraph{n=1 basis=sources sources="uk-third-committee-2024"', '::paragraph{n=1 basis=sources sources="us-usun-2019"');
		});
		expect(output).toContain('provisions/article-24.md: basisSources[0]: "no-such-statement" is not a source on the site (no file content/critiques/no-such-statement.md)');
		expect(output).toContain('provisions/article-24.md: body, ::paragraph p1, sources: "us-usun-2019" is named as a basis, but none of its claims is about article 24');
	});

	test('a certainty written by hand', () => {
		const output = buildBroken('hand-certainty', (dir) => edit(path.join(dir, 'provisions/article-28.md'), /^basis: editors$/m, 'basis: editors\ncertainty: high'));
		expect(output).toContain('provisions/article-28.md');
		expect(output).toContain('certainty: certainty is derived from what the parts rest on (src/lib/certainty.ts)');
	});

	test('an unknown chapter', () => {
		const output = buildBroken('unknown-chapter', (dir) => edit(path.join(dir, 'provisions/article-28.md'), /^chapter: 4$/m, 'chapter: 12'));
		expect(output).toContain('provisions → article-28 data does not match collection schema');
		expect(output).toContain('chapter: Too big: expected number to be <=9');
		expect(output).toContain('provisions/article-28.md');
	});

	test('an article in the wrong chapter', () => {
		const output = buildBroken('wrong-chapter', (dir) => edit(path.join(dir, 'provisions/article-28.md'), /^chapter: 4$/m, 'chapter: 5'));
		expect(output).toContain('provisions/article-28.md: chapter: article 28 is in chapter 4 (articles 23-34), not chapter 5');
	});

	test('malformed front matter', () => {
		const output = buildBroken('malformed-front-matter', (dir) =>
			edit(path.join(dir, 'provisions/article-28.md'), /^title: .*$/m, 'title: [Search and seizure'),
		);
		expect(output).toContain('provisions/article-28.md');
		expect(output).toMatch(/YAML|frontmatter|front matter/i);
	});

	test('paragraph numbers out of order', () => {
		const output = buildBroken('paragraph-order', (dir) =>
			edit(path.join(dir, 'provisions/article-28.md'), '::paragraph{n=3 basis=editors}', '::paragraph{n=4 basis=editors}'),
		);
		expect(output).toMatch(/Failed to parse Markdown file ".*provisions\/article-28\.md":\s*body, line \d+: ::paragraph\{n=4\}: paragraph number leaves a gap; expected 3/);
	});

	test('an unknown directive', () => {
		const output = buildBroken('unknown-directive', (dir) =>
			edit(path.join(dir, 'provisions/article-28.md'), '::paragraph{n=2 basis=editors}', '::paragrpah{n=2}'),
		);
		expect(output).toMatch(/Failed to parse Markdown file ".*provisions\/article-28\.md":\s*body, line \d+: Unknown directive "::paragrpah"/);
	});

	test('raw HTML in a body', () => {
		const output = buildBroken('raw-html', (dir) =>
			edit(path.join(dir, 'provisions/article-07.md'), '::paragraph{n=2 basis=arabic-text}', '<script>alert(1)</script>\n\n::paragraph{n=2 basis=arabic-text}'),
		);
		expect(output).toMatch(/Failed to parse Markdown file ".*provisions\/article-07\.md":\s*body, line \d+: Raw HTML is not allowed in content/);
	});

	test('critiques: an unknown organisation and a reference to a paragraph the site does not have', () => {
		const output = buildBroken('critique-references', (dir) => {
			edit(path.join(dir, 'critiques/icc-global-business-reject-2024-08.md'), /^organisations: \[icc\]$/m, 'organisations: [icc-global]');
			edit(path.join(dir, 'critiques/uk-third-committee-2024.md'), "'24(4)'", "'24(9)'");
		});
		expect(output).toContain('critiques/icc-global-business-reject-2024-08.md: organisations[0]: unknown organisation "icc-global"');
		expect(output).toMatch(/critiques\/uk-third-committee-2024\.md: claims\[\d+\]\.provisions\[\d+\]: "24\(9\)": Article 24, paragraph 9 is not on the site/);
	});

	test('critiques: a malformed date, a stance outside the list, a claim with no provision, an overlong quote', () => {
		const output = buildBroken('critique-schema', (dir) => {
			const file = path.join(dir, 'critiques/uk-third-committee-2024.md');
			edit(file, /^date: .*$/m, 'date: 12/11/2024');
			edit(file, /^stance: .*$/m, 'stance: furious');
			edit(file, /provisions: \['24\(4\)'\]/, 'provisions: []');
			edit(file, /^quotes:\n  - text: .*$/m, `quotes:\n  - text: ${Array.from({ length: 31 }, (_, index) => `w${index}`).join(' ')}`);
		});
		expect(output).toContain('critiques → uk-third-committee-2024 data does not match collection schema');
		expect(output).toContain('date: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
		expect(output).toMatch(/stance: Invalid option: expected one of "opposes"\|"seeks-changes"\|"supports"\|"supports-with-concerns"\|"undecided"\|"mixed"\|"reports"/);
		expect(output).toMatch(/claims\.\d+\.provisions: a claim needs at least one provision/);
		expect(output).toContain('quotes.0.text: must be at most 30 words');
		expect(output).toContain('critiques/uk-third-committee-2024.md');
	});

	test('a cross-reference in a summary to a paragraph the site does not have', () => {
		const output = buildBroken('cross-reference', (dir) =>
			edit(path.join(dir, 'critiques/icc-global-business-reject-2024-08.md'), /\n---\n/, '\n---\nThe ICC also cites article 28, paragraph 9.\n\n'),
		);
		expect(output).toMatch(/critiques\/icc-global-business-reject-2024-08\.md: body, line \d+: "article 28, paragraph 9" points to Article 28, paragraph 9 is not on the site/);
	});

	test('status: a count without its date, named by file and field', () => {
		const output = buildBroken('status-undated', (dir) => edit(path.join(dir, 'status.yaml'), /^(  - count: 65\n)    asOf: .*\n/m, '$1'));
		expect(output).toContain('status → status data does not match collection schema');
		expect(output).toContain('signatories.1.asOf: Required');
		expect(output).toContain('status.yaml');
	});

	test.each<[string, (file: string) => void, string]>([
		['a byte-order mark', (file) => writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)])), 'the file starts with a byte-order mark (BOM)'],
		['invalid UTF-8', (file) => writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0xc3, 0x28])])), 'the file is not valid UTF-8'],
		['an empty file', (file) => writeFileSync(file, ''), 'the file is empty'],
		['a very large file', (file) => writeFileSync(file, `${readFileSync(file, 'utf8')}\n${'Lorem ipsum. '.repeat(30_000)}`), 'the file is \\d+ bytes; the limit is 262144 bytes'],
	])('%s', (name, breakIt, message) => {
		const output = buildBroken(`raw-${name.replace(/\W+/g, '-')}`, (dir) => breakIt(path.join(dir, 'provisions/article-28.md')));
		expect(output).toMatch(new RegExp(`provisions/article-28\\.md: file: ${message.replace(/[()]/g, '\\$&')}`));
	});

	test('raw HTML with an event handler, and a javascript: link', () => {
		expect(buildBroken('onerror', (dir) => edit(path.join(dir, 'provisions/article-07.md'), '::paragraph{n=2 basis=arabic-text}', 'An <img src="x" onerror="alert(1)"> image.\n\n::paragraph{n=2 basis=arabic-text}'))).toMatch(
			/provisions\/article-07\.md":\s*body, line \d+: Raw HTML is not allowed in content \(found `<img src="x" onerror/,
		);
		expect(buildBroken('javascript-link', (dir) => edit(path.join(dir, 'provisions/article-07.md'), '::paragraph{n=2 basis=arabic-text}', '[Click](javascript:alert(1))\n\n::paragraph{n=2 basis=arabic-text}'))).toMatch(
			/provisions\/article-07\.md":\s*body, line \d+: Link address with the scheme "javascript:" is not allowed in content/,
		);
	});

	test('participation: an action without a source, a date that is not a date, a code that is not ISO 3166, all reported at once', () => {
		const output = buildBroken('bad-participation', (dir) => {
			const file = path.join(dir, 'participation.yaml');
			edit(file, /^- state: DZA\n  action: signature\n  date: '2025-10-25'\n  source: \S+\n/m, "- state: DZA\n  action: signature\n  date: '2025-10-25'\n");
			edit(file, /^- state: AGO\n  action: signature\n  date: '2025-10-25'/m, "- state: AGO\n  action: signature\n  date: 25 October 2025");
			edit(file, /^- state: AUS$/m, '- state: XYZ');
		});
		expect(output).toContain('participation.yaml');
		expect(output).toContain('actions.0.source: missing: every action needs the address of its source');
		expect(output).toContain('actions.1.date: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
		expect(output).toContain('actions.2.state: must be an ISO 3166-1 alpha-3 code such as BRA (or EU for the European Union)');
	});

	test('a count relied on without a depositary or government source', () => {
		const output = buildBroken('relied-on-count', (dir) => edit(path.join(dir, 'status.yaml'), /^        reliability: depositary\n/m, ''));
		expect(output).toContain('status.yaml');
		expect(output).toContain('signatories.0.standing: a count relied on needs a source with reliability: depositary or official (a government or the UN)');
	});

	test('an organisation speaking for a State the registry does not list', () => {
		const output = buildBroken('unknown-state', (dir) => edit(path.join(dir, 'organisations/brazil.yaml'), /^state: BRA$/m, 'state: PRY'));
		expect(output).toContain('organisations/brazil.yaml: state: "PRY" is not in');
	});

	test('concordance: an article number the other treaty does not have', () => {
		const output = buildBroken('bad-concordance-number', (dir) => edit(path.join(dir, 'concordance.yaml'), /(- article: 28\n  counterparts:\n  - treaty: budapest\n    articles:\n    - )'19'/, "$1'99'"));
		expect(output).toContain('concordance.yaml');
		expect(output).toContain('articles.27.counterparts.0.articles.0: Budapest Convention has no article 99');
	});

	test('concordance: a mapping without a basis', () => {
		const output = buildBroken('bad-concordance-basis', (dir) => edit(path.join(dir, 'concordance.yaml'), /(- article: 29\n  counterparts:\n  - treaty: budapest\n    articles:\n    - '20'\n)    basis: editors\n/, '$1'));
		expect(output).toContain('concordance.yaml');
		expect(output).toContain('articles.28.counterparts.0.basis: missing: say what the mapping rests on (sources or editors)');
	});
});
