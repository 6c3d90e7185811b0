import { expect, test } from 'vitest';
import { checkRawFile } from '../../../src/lib/raw-file-check.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

test.each<[string, Uint8Array, string | undefined]>([
	['a good file', bytes('---\ntitle: x\n---\nText.\n'), undefined],
	['an empty file', new Uint8Array(), 'the file is empty'],
	['white space only', bytes(' \n\n'), 'the file holds only white space'],
	['a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('---\n')]), 'the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM'],
	['invalid UTF-8', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28]), 'the file is not valid UTF-8; save it as UTF-8'],
	['an oversized file', new Uint8Array(300 * 1024).fill(0x61), 'the file is 307200 bytes; the limit is 262144 bytes (split it, or check that nothing was pasted in by mistake)'],
])('%s', (_name, content, message) => {
	const problems = checkRawFile('content/x.md', content);
	expect(problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`)).toEqual(message ? [`content/x.md: file: ${message}`] : []);
});
