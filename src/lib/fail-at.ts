/**
 * How the Markdown plugins stop the build. Astro prints only the message of a failed file (not its position), so
 * the message itself says where: `body, line 37: ::paragraph{n=4}: paragraph number leaves a gap; expected 3`.
 * With the file path Astro adds, that names the file, the field (`body`) and the problem.
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** Fail `file` at `node` with a message that starts with the body line. */
export function failAt(file: VFile, node: Node, message: string): never {
	const line = node.position?.start.line;
	return file.fail(line === undefined ? `body: ${message}` : `body, line ${line}: ${message}`, node);
}
