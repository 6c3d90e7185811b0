/**
 * The numbered parts of a provision body (ids, numbers, terms, uncertainty flags), found by the same plugins the
 * build renders with, without rendering. Used to check that every claim cites a part that exists.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkProvisionParts, { type ProvisionPart } from '../plugins/remark-provision-parts.ts';
import remarkRejectUnknownDirectives from '../plugins/remark-reject-unknown-directives.ts';
import { knownDirectives } from '../plugins/index.ts';

const outliner = unified().use(remarkParse).use(remarkDirective).use(remarkRejectUnknownDirectives, { known: knownDirectives }).use(remarkProvisionParts);

/** The parts of a body in document order; throws, naming the file and line, on a numbering error. */
export function outlineOf(body: string, filePath: string): ProvisionPart[] {
	const file = new VFile({ value: body, path: filePath });
	outliner.runSync(outliner.parse(file) as Root, file);
	return file.data.provisionParts ?? [];
}
