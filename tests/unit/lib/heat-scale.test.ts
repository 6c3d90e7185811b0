import { expect, test } from 'vitest';
import { heatStep, heatSteps } from '../../../src/lib/heat-scale.ts';

test('counts fall in fixed steps: none, 1, 2-3, 4-7, 8 or more', () => {
	expect([0, 1, 2, 3, 4, 7, 8, 40].map(heatStep)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
	expect(heatSteps.map((step) => step.label)).toEqual(['none', '1', '2 to 3', '4 to 7', '8 or more']);
});
