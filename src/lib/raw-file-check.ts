/**
 * Checks on the bytes of a content file, before anything parses it: a byte-order mark, text that is not valid UTF-8,
 * an empty file and an oversized one each stop the build with a message naming the file. (A BOM would hide the front
 * matter from the parser, and invalid bytes would turn into replacement characters on the page.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './content-error.ts';

/** Largest content file accepted, in bytes (the largest real one is a few kilobytes). */
export const maxContentFileBytes = 256 * 1024;

/** Problems with one file's bytes. */
export function checkRawFile(file: string, bytes: Uint8Array, limit = maxContentFileBytes): ContentProblem[] {
	const problem = (message: string): ContentProblem[] => [{ file, field: 'file', message }];
	if (bytes.length === 0) return problem('the file is empty');
	if (bytes.length > limit) return problem(`the file is ${bytes.length} bytes; the limit is ${limit} bytes (split it, or check that nothing was pasted in by mistake)`);
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return problem('the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return problem('the file is not valid UTF-8; save it as UTF-8');
	}
	if (/^\s*$/.test(new TextDecoder().decode(bytes))) return problem('the file holds only white space');
	return [];
}

/** Problems with every .md, .yaml and .json file below a content folder. */
export function checkRawFiles(dir: string, relativeTo = process.cwd()): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder).sort()) {
			const full = path.join(folder, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (/\.(md|ya?ml|json)$/.test(name)) problems.push(...checkRawFile(path.relative(relativeTo, full), readFileSync(full)));
		}
	};
	walk(dir);
	return problems;
}
