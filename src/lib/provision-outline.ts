/**
 * What the build needs to know about a Markdown body without rendering it: its numbered parts (the model of
 * `src/lib/provision-parts.ts`, with their summaries as plain text) and its references to the Convention. Read with
 * remark's parser and the directive syntax only, none of the site's plugins: the pipeline depends on this core, not
 * the other way round. A numbering or provenance error throws, naming the file and the body line, in the same words
 * the build uses.
 */
import type { Root, RootContent } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { directive } from 'micromark-extension-directive';
import { SKIP, visit } from 'unist-util-visit';
import { findReferences, type CrossReference } from './cross-references.ts';
import { isPartLevel, OutlineBuilder, PartError, type ProvisionPart } from './provision-parts.ts';

/** The parts and references of one body. */
export interface ProvisionOutline {
	/** Numbered parts, in document order (none for an overview-only article or a prose page). */
	parts: ProvisionPart[];
	/** References to the Convention in the prose. */
	crossReferences: CrossReference[];
}

/** Raised for a body that breaks a rule; the message starts with the file and the body line. */
export class OutlineError extends Error {
	override name = 'OutlineError';
}

function parse(body: string): Root {
	return fromMarkdown(body, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] });
}

/** The parts and references of a body. `frontmatter` tells which article's summary it is (for "paragraph 3"). */
export function analyseBody(body: string, filePath: string, frontmatter: Record<string, unknown> = {}): ProvisionOutline {
	const tree = parse(body);
	const current = frontmatter.kind === 'article' && typeof frontmatter.number === 'number' ? frontmatter.number : undefined;
	return { parts: readParts(tree, filePath), crossReferences: readReferences(tree, current) };
}

/** The numbered parts of a provision body, in document order. */
export function outlineOf(body: string, filePath: string): ProvisionPart[] {
	return readParts(parse(body), filePath);
}

function readParts(tree: Root, filePath: string): ProvisionPart[] {
	const outline = new OutlineBuilder();
	let current: { part: ProvisionPart; text: RootContent[] } | undefined;
	const finish = () => {
		if (current) current.part.summary = current.text.map((node) => toString(node)).join(' ').replace(/\s+/g, ' ').trim();
	};
	for (const node of tree.children) {
		if (node.type === 'leafDirective' && isPartLevel(node.name)) {
			finish();
			try {
				current = { part: outline.add({ level: node.name, attributes: node.attributes ?? {} }).part, text: [] };
			} catch (error) {
				if (!(error instanceof PartError)) throw error;
				const line = node.position?.start.line;
				throw new OutlineError(`${filePath}: ${line === undefined ? 'body' : `body, line ${line}`}: ${error.message}`);
			}
		} else if (current) current.text.push(node);
	}
	finish();
	return outline.parts;
}

/** References in the prose: not in headings, links, code or sourced quotations (as `remark-cross-references`). */
function readReferences(tree: Root, current: number | undefined): CrossReference[] {
	const found: CrossReference[] = [];
	visit(tree, (node) => {
		if (node.type === 'heading' || node.type === 'link' || node.type === 'linkReference' || node.type === 'code' || node.type === 'inlineCode') return SKIP;
		if (node.type === 'containerDirective' && node.name === 'quote') return SKIP;
		if (node.type !== 'text') return undefined;
		for (const { span, refs } of findReferences(node.value, current)) found.push({ text: span, line: node.position?.start.line, refs });
		return undefined;
	});
	return found;
}
