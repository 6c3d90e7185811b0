/**
 * What the build needs to know about a Markdown body without rendering it: the numbered parts of a provision (ids,
 * numbers, terms, uncertainty flags) and the references to the Convention in its text. Found by the same plugins the
 * site renders with; used to check that every claim and every cross-reference points at a part that exists, and to
 * list which articles refer to which.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { knownDirectives } from '../plugins/index.ts';
import remarkCrossReferences, { type CrossReference } from '../plugins/remark-cross-references.ts';
import remarkProvisionParts, { type ProvisionPart } from '../plugins/remark-provision-parts.ts';
import remarkRejectUnknownDirectives from '../plugins/remark-reject-unknown-directives.ts';

const analyser = unified()
	.use(remarkParse)
	.use(remarkDirective)
	.use(remarkRejectUnknownDirectives, { known: knownDirectives })
	.use(remarkCrossReferences)
	.use(remarkProvisionParts);

/** The parts and references of a body; throws, naming the file and line, on a numbering error. */
export function analyseBody(body: string, filePath: string, frontmatter: Record<string, unknown> = {}): { parts: ProvisionPart[]; crossReferences: CrossReference[] } {
	const file = new VFile({ value: body, path: filePath, data: { astro: { frontmatter } } });
	analyser.runSync(analyser.parse(file) as Root, file);
	return { parts: file.data.provisionParts ?? [], crossReferences: file.data.crossReferences ?? [] };
}

/** The numbered parts of a provision body, in document order. */
export function outlineOf(body: string, filePath: string): ProvisionPart[] {
	return analyseBody(body, filePath).parts;
}
