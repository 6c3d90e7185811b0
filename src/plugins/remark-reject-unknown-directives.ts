/**
 * remark plugin that stops the build on any block directive (`::name`, `:::name`) that no earlier plugin handled,
 * and turns unhandled inline directives (`:name`) back into the text they were written as.
 *
 * A handler marks what it handled by giving the node a `data.hName`. A block directive left without one is a typo
 * (`::paragrpah{n=1}`) and would otherwise vanish from the page. Inline directives are different: the site defines
 * none, and the syntax catches ordinary prose ("at 10:30", "Note:this"), so by default they are restored verbatim.
 * Put this plugin after every directive handler.
 */
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Configuration of `remarkRejectUnknownDirectives`. */
export interface Options {
	/** Names of the directives the site knows, listed in the error message (default: none listed). */
	known?: readonly string[];
	/** Turn unhandled inline directives back into their source text instead of failing (default: true). */
	restoreInline?: boolean;
}

const prefixes = { textDirective: ':', leafDirective: '::', containerDirective: ':::' } as const;

/**
 * Fail on block directives that no plugin handled; restore unhandled inline ones as text.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export default function remarkRejectUnknownDirectives(options?: Options) {
	const known = options?.known ?? [];
	const restoreInline = options?.restoreInline ?? true;

	return function transform(tree: Root, file: VFile): void {
		visit(tree, (node, index, parent) => {
			if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') {
				return;
			}
			if (node.data?.hName) return;
			const start = node.position?.start.offset;
			const end = node.position?.end.offset;
			if (node.type === 'textDirective' && restoreInline && parent && index !== undefined && start !== undefined && end !== undefined) {
				const text: Text = { type: 'text', value: String(file.value).slice(start, end) };
				parent.children.splice(index, 1, text);
				return [SKIP, index + 1];
			}
			const list = known.length > 0 ? ` Known directives: ${known.join(', ')}.` : '';
			file.fail(`Unknown directive "${prefixes[node.type]}${node.name}".${list}`, node);
		});
	};
}
