/** Sizes of a built folder for the benchmark reports: files, bytes on disk and gzipped, counted recursively. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function folderBytes(folder: string): { raw: number; gzip: number; files: number } {
	let raw = 0;
	let gzip = 0;
	let files = 0;
	for (const name of readdirSync(folder)) {
		const full = path.join(folder, name);
		if (statSync(full).isDirectory()) {
			const inner = folderBytes(full);
			raw += inner.raw;
			gzip += inner.gzip;
			files += inner.files;
		} else {
			const content = readFileSync(full);
			raw += content.length;
			gzip += gzipSync(content).length;
			files++;
		}
	}
	return { raw, gzip, files };
}
