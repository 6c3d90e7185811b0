import { expect, test } from 'vitest';
import { articleLabel, chapterLabel } from '../../../src/lib/labels.ts';

test('chapter and article labels', () => {
	expect(chapterLabel(4)).toBe('Chapter IV');
	expect(chapterLabel(9)).toBe('Chapter IX');
	expect(articleLabel(28)).toBe('Article 28');
});

test('part labels from anchor ids', async () => {
	const { partLabel } = await import('../../../src/lib/labels.ts');
	expect(partLabel('p4')).toBe('paragraph 4');
	expect(partLabel('p1-c')).toBe('paragraph 1 (c)');
	expect(partLabel('p1-a-ii')).toBe('paragraph 1 (a)(ii)');
	expect(partLabel('h')).toBe('point (h)');
	expect(partLabel('h-ii')).toBe('point (h)(ii)');
});

test('document titles stay within 70 characters, dropping the site name first', async () => {
	const { documentTitle } = await import('../../../src/lib/labels.ts');
	expect(documentTitle('Article 28. Search', 'Hanoi Convention Explorer')).toBe('Article 28. Search · Hanoi Convention Explorer');
	expect(documentTitle('Article 42. International cooperation for the purpose of expedited preservation', 'Site')).toBe(
		'Article 42. International cooperation for the purpose of expedited…',
	);
	const long = 'Press Release: Cybersecurity Tech Accord calls for changes to new UN treaty to prevent damage to global security online';
	expect(documentTitle(long, 'Hanoi Convention Explorer').length).toBeLessThanOrEqual(70);
	expect(documentTitle('A title of exactly fifty characters, give or take!!', 'Hanoi Convention Explorer')).toBe('A title of exactly fifty characters, give or take!!');
});
