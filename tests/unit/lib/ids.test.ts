import { describe, expect, test } from 'vitest';
import { articlePath, chapterPath, levelOf, parsePartId, partId, topicPath } from '../../../src/lib/ids.ts';

describe('ids', () => {
	test.each([
		[{ paragraph: '4' }, 'p4'],
		[{ paragraph: '4', point: 'a' }, 'p4-a'],
		[{ paragraph: '1', point: 'c', subpoint: 'ii' }, 'p1-c-ii'],
		[{ point: 'h' }, 'h'],
		[{ point: 'h', subpoint: 'iv' }, 'h-iv'],
		[{ paragraph: '12', point: 'i' }, 'p12-i'],
	])('%j <-> %s', (address, id) => {
		expect(partId(address)).toBe(id);
		expect(parsePartId(id)).toEqual(address);
	});

	test('levels', () => {
		expect(levelOf({ paragraph: '1' })).toBe('paragraph');
		expect(levelOf({ point: 'a' })).toBe('point');
		expect(levelOf({ paragraph: '1', point: 'a', subpoint: 'i' })).toBe('subpoint');
	});

	test('rejects what is not a part id', () => {
		for (const id of ['', 'p0', 'p4-', 'P4', 'p4-ii', 'main', 'in-brief', 'p4-a-b']) {
			expect(parsePartId(id), id).toBeUndefined();
		}
		expect(parsePartId('p')).toEqual({ point: 'p' }); // point (p) of an article without paragraphs
		expect(() => partId({})).toThrow();
		expect(() => partId({ paragraph: '1', subpoint: 'i' })).toThrow();
	});

	test('page paths', () => {
		expect(articlePath(28)).toBe('/articles/28/');
		expect(chapterPath(4)).toBe('/chapters/4/');
		expect(topicPath('data-sharing')).toBe('/topics/data-sharing/');
	});
});
