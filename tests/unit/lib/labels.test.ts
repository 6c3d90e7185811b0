import { expect, test } from 'vitest';
import { articleLabel, chapterLabel } from '../../../src/lib/labels.ts';

test('chapter and article labels', () => {
	expect(chapterLabel(4)).toBe('Chapter IV');
	expect(chapterLabel(9)).toBe('Chapter IX');
	expect(articleLabel(28)).toBe('Article 28');
});
