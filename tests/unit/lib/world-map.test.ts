import { describe, expect, it } from 'vitest';
import { codesOnMap, mapSize, worldShapes } from '../../../src/lib/world-map.ts';

describe('worldShapes', () => {
	it('projects every country but Antarctica inside the map, matched to ISO alpha-3 codes', () => {
		const shapes = worldShapes();
		expect(shapes.length).toBeGreaterThan(150);
		expect(shapes.some((shape) => shape.atlasName === 'Antarctica')).toBe(false);
		const brazil = shapes.find((shape) => shape.code === 'BRA');
		expect(brazil?.numeric).toBe('076');
		const numbers = (brazil?.d ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
		expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-1);
		expect(Math.max(...numbers)).toBeLessThanOrEqual(mapSize.width + 1);
	});
	it('knows which States have an outline at this scale', () => {
		expect(codesOnMap().has('RUS')).toBe(true);
		expect(codesOnMap().has('VNM')).toBe(true);
	});
});
