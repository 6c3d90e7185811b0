/**
 * remark plugin that stops the build on any block directive (`::name`, `:::name`) the site does not know, and turns
 * inline directives (`:name`) back into the text they were written as.
 *
 * It runs first, right after `remark-directive`, so a typo (`::paragrpah{n=2}`) is reported as what it is rather
 * than as a gap in the numbering it breaks. A known name in the wrong form (`:::paragraph` instead of `::paragraph`)
 * is refused too: no handler would pick it up, and its text would vanish from the page. The site defines no inline
 * directives, and their syntax catches ordinary prose ("at 10:30", "Note:this"), so by default they are restored.
 */
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../lib/fail-at.ts';

/** How a directive is written: `::name` on its own line (leaf) or `:::name` ... `:::` around content (container). */
export type DirectiveForm = 'leaf' | 'container';

/** Configuration of `remarkRejectUnknownDirectives`. */
export interface Options {
	/** The directives the site handles, by name, with the form each must take (default: none, so every block directive fails). */
	known?: Readonly<Record<string, DirectiveForm>>;
	/** Turn inline directives back into their source text instead of failing (default: true). */
	restoreInline?: boolean;
}

const prefixes = { textDirective: ':', leafDirective: '::', containerDirective: ':::' } as const;
const formOf = { leafDirective: 'leaf', containerDirective: 'container' } as const;

/**
 * Fail on unknown block directives; restore inline ones as text.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export default function remarkRejectUnknownDirectives(options?: Options) {
	const known = options?.known ?? {};
	const restoreInline = options?.restoreInline ?? true;
	const list = Object.entries(known)
		.map(([name, form]) => `${form === 'leaf' ? '::' : ':::'}${name}`)
		.join(', ');

	return function transform(tree: Root, file: VFile): void {
		visit(tree, (node, index, parent) => {
			if (node.type === 'textDirective') {
				const start = node.position?.start.offset;
				const end = node.position?.end.offset;
				if (!restoreInline || !parent || index === undefined || start === undefined || end === undefined) {
					failAt(file, node, `Unknown directive ":${node.name}"; the site has no inline directives`);
				}
				const text: Text = { type: 'text', value: String(file.value).slice(start, end) };
				parent.children.splice(index, 1, text);
				return [SKIP, index + 1];
			}
			if (node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
			const form = known[node.name];
			const written = `${prefixes[node.type]}${node.name}`;
			if (form === undefined) {
				failAt(file, node, `Unknown directive "${written}".${list ? ` Known directives: ${list}.` : ''}`);
			}
			if (form !== formOf[node.type]) {
				failAt(file, node, `"${written}" is written in the wrong form; write ${form === 'leaf' ? '::' : ':::'}${node.name}`);
			}
			return undefined;
		});
	};
}
