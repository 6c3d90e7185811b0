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
