/// <reference types="vitest/config" />
/**
 * Tests by speed (see README "Tests"):
 * - unit: plugins on tiny Markdown strings, the helpers in src/lib, the schemas (milliseconds, no build);
 * - content: integrity of the real content in content/ (no build);
 * - build: the built site in dist/ (needs `npm run build` first), plus builds of broken or sub-path variants;
 * - e2e: Chromium against the built site (needs dist/ and /usr/bin/chromium).
 * `npm test` builds the site, then runs all four.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
			{
				extends: true,
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 300_000, fileParallelism: false },
			},
			{
				extends: true,
				test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
			},
		],
	},
});
