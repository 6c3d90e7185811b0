/** An anchor that had to change keeps working: the alias id is on the page and its short address redirects. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const work = path.resolve('tmp/aliases');
const outDir = path.join(work, 'dist');

beforeAll(() => {
	rmSync(work, { recursive: true, force: true });
	cpSync(path.resolve('content'), path.join(work, 'content'), { recursive: true });
	writeFileSync(
		path.join(work, 'content/anchor-aliases.yaml'),
		'- old: /articles/28/#p9\n  new: /articles/28/#p4\n  reason: A paragraph once published as 9 is now 4.\n',
	);
	const result = buildSite({ CONTENT_DIR: path.join(work, 'content'), OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(work, 'cache') });
	if (result.status !== 0) throw new Error(result.output);
});

test('the old id is on the page, inside the part it now leads to', () => {
	const html = readFileSync(path.join(outDir, 'articles/28/index.html'), 'utf8');
	expect(html).toContain('<span id="p9" class="anchor-alias" data-alias-of="p4"></span>');
	const part = html.slice(html.indexOf('id="p4"'), html.indexOf('id="p9"'));
	expect(part).not.toContain('</section>');
});

test('the short address of the old id redirects to the new anchor', () => {
	expect(readFileSync(path.join(outDir, 'a/28.9/index.html'), 'utf8')).toContain('<meta http-equiv="refresh" content="0; url=/articles/28/#p4">');
});
