/**
 * rehype plugin that makes the ids of one document unique inside a larger page: every `id` gets a prefix, and so
 * does every reference to one of those ids in the same document (`href="#p4"`, `popovertarget`, `aria-*` id lists,
 * `for`). Used where many provisions share one page (the whole Convention): article 28's `#p4` becomes `#a28-p4`.
 * References to ids the document does not have, and links to other pages, are left alone.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** Configuration of `rehypePrefixIds`. */
export interface Options {
	/** The prefix, or a function that reads it from the file being rendered (none: the document is left alone). */
	prefix: string | ((file: VFile) => string | undefined);
}

/** Properties (hast names) whose value is one id, or a list of ids, of the same document. */
const idLists = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'htmlFor', 'popoverTarget', 'popovertarget'] as const;

/**
 * Prefix the ids of a document and the references to them.
 *
 * @param options Configuration.
 * @returns Transform.
 */
export default function rehypePrefixIds(options: Options) {
	return function transform(tree: Root, file: VFile): void {
		const prefix = typeof options.prefix === 'function' ? options.prefix(file) : options.prefix;
		if (!prefix) return;
		const ids = new Set<string>();
		visit(tree, 'element', (node: Element) => {
			if (typeof node.properties.id === 'string') ids.add(node.properties.id);
		});
		const rename = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
		visit(tree, 'element', (node: Element) => {
			const properties = node.properties;
			if (typeof properties.id === 'string') properties.id = `${prefix}${properties.id}`;
			if (typeof properties.href === 'string' && properties.href.startsWith('#')) properties.href = `#${rename(properties.href.slice(1))}`;
			const writable = properties as Record<string, unknown>;
			for (const name of idLists) {
				const value = writable[name];
				if (typeof value === 'string') writable[name] = value.split(/\s+/).map(rename).join(' ');
				else if (Array.isArray(value)) writable[name] = value.map((item) => rename(String(item)));
			}
		});
	};
}
