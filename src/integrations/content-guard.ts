/**
 * Astro integration that checks the bytes of every content file before the build starts (see
 * `src/lib/raw-file-check.ts`) and stops it with every problem listed, naming each file.
 */
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content-error.ts';
import { checkRawFiles } from '../lib/raw-file-check.ts';

/** Configuration of `contentGuard`. */
export interface Options {
	/** The content folder (default "./content"). */
	contentDir?: string;
}

/**
 * Refuse empty, oversized, BOM-prefixed or non-UTF-8 content files.
 *
 * @param options Configuration (optional).
 * @returns The integration.
 */
export default function contentGuard(options?: Options): AstroIntegration {
	const contentDir = options?.contentDir ?? './content';
	return {
		name: 'content-guard',
		hooks: {
			'astro:config:setup': () => {
				const problems = checkRawFiles(contentDir);
				if (problems.length > 0) throw new ContentError(problems);
			},
		},
	};
}
