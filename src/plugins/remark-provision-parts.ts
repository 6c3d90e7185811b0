/**
 * remark plugin that turns the paragraph / point / sub-point markers of an article summary into nested, anchored
 * sections:
 *
 * ```md
 * ::paragraph{n=4}
 * Our summary of paragraph 4.
 * ::point{n=a}
 * Our summary of point (a).
 * ```
 *
 * becomes `<section class="part part--paragraph"><div class="part__body"><h2 id="p4" class="part__label">…4</h2><a
 * class="part__permalink" href="#p4" aria-label="Link to paragraph 4">#</a>…</div><section …><div class="part__body">
 * <h3 id="p4-a">…`: each part's own text in its body, then its sub-parts, then its annotation slot.
 * Each label is a real heading (screen-reader users can jump between paragraphs, and search can split results on
 * them) whose id comes from the numbers (see `src/lib/ids.ts`), never from text.
 *
 * Each part also says what it rests on (its `basis`, see `src/schemas/provenance.ts`), in a line under its heading:
 * "Numbering and summary checked against the Arabic text (unofficial copy)", "Numbering not verified: the editors'
 * knowledge only", or the sources that locate it, linked.
 *
 * The parts and their rules are the one model in `src/lib/provision-parts.ts`; this plugin feeds it the markers and
 * stops the build (`failAt`, which names the file and line) on any rule it breaks (a repeat, a gap, a number out of
 * order, a missing basis...), on a marker that is not at the top level, or on a Markdown heading beside the
 * markers (the markers own the structure). A document without markers (an overview-only article, a prose page) is
 * left as it is.
 *
 * It runs after `remark-directive` (which parses `::name{attrs}`) and after the plugin that rejects unknown
 * directives, so a misspelt marker is reported as such. The parts it found are listed in
 * `file.data.provisionParts`, in document order.
 */
import type { BlockContent, DefinitionContent, Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../lib/fail-at.ts';
import { articlePath } from '../lib/ids.ts';
import { basisLabels } from '../lib/labels.ts';
import { displayNumber, type PartLevel } from '../lib/numbering.ts';
import { isPartLevel, OutlineBuilder, PartError, type ProvisionPart } from '../lib/provision-parts.ts';

declare module 'vfile' {
	interface DataMap {
		/** Numbered parts of an article summary, filled in by `remark-provision-parts`. */
		provisionParts: ProvisionPart[];
	}
}

/** Configuration of `remarkProvisionParts`. */
export interface Options {
	/**
	 * Heading rank of a top-level part (a paragraph, or a point of an article without paragraphs); deeper parts use the
	 * next ranks. The page title is the `h1`, so the default is `2`.
	 */
	headingRank?: 2 | 3 | 4;
	/** Words read by screen readers before a part's number (default: "Paragraph", "Point", "Sub-point"). */
	levelNames?: Readonly<Record<PartLevel, string>>;
	/** Label shown before the reason on a part marked `uncertain` (default: "Not verified:"). */
	uncertainLabel?: string;
	/**
	 * End each part with an HTML comment `<!--annotations:ID-->`, where a page can place commentary on that part
	 * (see `src/lib/annotation-slots.ts`). Default: false.
	 */
	annotationSlots?: boolean;
	/**
	 * Absolute URL of the site's root (origin and base path, ending in "/"). When set, and the document is an article
	 * (its front matter has `kind: article` and a `number`), each permalink carries its full URL in `data-url`, which
	 * the print stylesheet writes out. Default: none.
	 */
	siteUrl?: string;
	/** Base path the site is served under, ending in "/", for links to the sources a part rests on (default "/"). */
	base?: string;
	/** Short names of the critiques a part may name as its basis, by id ("UK, Third Committee, 2024"); default: the ids. */
	sourceNames?: Readonly<Record<string, string>>;
}

const defaults: Required<Options> = {
	headingRank: 2,
	levelNames: { paragraph: 'Paragraph', point: 'Point', subpoint: 'Sub-point' },
	uncertainLabel: 'Not verified:',
	annotationSlots: false,
	siteUrl: '',
	base: '/',
	sourceNames: {},
};

type SectionChild = BlockContent | DefinitionContent;

/** A part being built: its section (its own body, then its sub-parts, then its annotation slot). */
interface OpenPart {
	part: ProvisionPart;
	section: ContainerDirective;
	/** The part's own heading, permalink, basis line, flag and text. */
	body: ContainerDirective;
}

/**
 * Turn paragraph / point / sub-point markers into anchored sections that say what they rest on, and check them.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 */
export default function remarkProvisionParts(options?: Options) {
	const settings = { ...defaults, ...options };

	return function transform(tree: Root, file: VFile): void {
		const frontmatter = (file.data.astro?.frontmatter ?? {}) as { kind?: unknown; number?: unknown };
		const pageUrl = settings.siteUrl && frontmatter.kind === 'article' && typeof frontmatter.number === 'number' ? `${settings.siteUrl}${articlePath(frontmatter.number).slice(1)}` : undefined;
		rejectMisplacedStructure(tree, file);
		file.data.provisionParts = [];
		if (!tree.children.some((node) => node.type === 'leafDirective' && isPartLevel(node.name))) return;

		const outline = new OutlineBuilder();
		const output: RootContent[] = [];
		/** Open parts with their sections and own bodies, outermost first: at most paragraph > point > sub-point. */
		const stack: OpenPart[] = [];

		for (const node of tree.children) {
			if (node.type !== 'leafDirective' || !isPartLevel(node.name)) {
				// A part's own text always comes before its sub-parts: a marker closes deeper parts only.
				const holder = stack.at(-1);
				if (holder) holder.body.children.push(node as SectionChild);
				else output.push(node);
				continue;
			}
			if (node.children.length > 0) failAt(file, node, `::${node.name}{n=${node.attributes?.n ?? ''}}: a marker takes no [label]; write the summary on the lines after it`);

			let added: { part: ProvisionPart; depth: number };
			try {
				added = outline.add({ level: node.name, attributes: node.attributes ?? {} });
			} catch (error) {
				if (error instanceof PartError) failAt(file, node, error.message);
				throw error;
			}
			const { part, depth } = added;
			while (stack.length > depth) close(stack.pop());
			const parent = stack.at(-1);

			const rank = Math.min(settings.headingRank + depth, 6) as Heading['depth'];
			const body: ContainerDirective = {
				type: 'containerDirective',
				name: 'part-body',
				attributes: {},
				children: [heading(part, rank, settings), permalink(part, settings, pageUrl), basisLine(part, settings), ...flag(part, settings)],
				data: { hName: 'div', hProperties: { className: ['part__body'] } },
			};
			const section: ContainerDirective = {
				type: 'containerDirective',
				name: part.level,
				attributes: {},
				children: [body],
				data: {
					hName: 'section',
					hProperties: { className: ['part', `part--${part.level}`] },
				},
			};
			if (parent) parent.section.children.push(section);
			else output.push(section);
			stack.push({ part, section, body });
		}

		while (stack.length > 0) close(stack.pop());
		tree.children = output;
		file.data.provisionParts = outline.parts;
	};

	/** A part is complete: note its own text, and give it its annotation slot after its text and its sub-parts. */
	function close(open: OpenPart | undefined): void {
		if (!open) return;
		const own = open.body.children.slice(1).filter((child) => !(child.type === 'paragraph' && child.data?.hProperties?.className));
		// (the permalink, the basis line and the "not verified" flag carry a class name; the summary text does not)
		open.part.summary = own.map((child) => toString(child)).join(' ').replace(/\s+/g, ' ').trim();
		if (settings.annotationSlots) open.section.children.push({ type: 'html', value: `<!--annotations:${open.part.id}-->` });
	}
}

/** Markers inside lists or quotes, and Markdown headings beside markers, would break the outline: refuse them. */
function rejectMisplacedStructure(tree: Root, file: VFile): void {
	const hasMarkers = tree.children.some((node) => node.type === 'leafDirective' && isPartLevel(node.name));
	visit(tree, (node, _index, parent) => {
		if (node.type === 'heading' && hasMarkers) {
			failAt(
					file,
					node,
					'Markdown headings are not allowed in a provision body: the ::paragraph, ::point and ::subpoint markers give the structure',
				);
		}
		if (node.type === 'leafDirective' && isPartLevel(node.name) && parent !== tree) {
			failAt(file, node, `::${node.name}: a marker must stand on a line of its own, outside lists and quotes`);
		}
	});
}

function heading(part: ProvisionPart, rank: Heading['depth'], settings: Required<Options>): Heading {
	const shown = displayNumber(part.level, part.number);
	const spoken = `${settings.levelNames[part.level]} `;
	const text = part.term ? `${spoken}${shown} ${part.term}` : `${spoken}${shown}`;
	return {
		type: 'heading',
		depth: rank,
		children: [{ type: 'text', value: text }],
		data: {
			hProperties: { id: part.id, className: ['part__label'] },
			hChildren: [
				{
					type: 'element',
					tagName: 'span',
					properties: { className: ['visually-hidden'] },
					children: [{ type: 'text', value: spoken }],
				},
				{
					type: 'element',
					tagName: 'span',
					properties: { className: ['part__number'] },
					children: [{ type: 'text', value: shown }],
				},
				...(part.term
					? [
							{ type: 'text' as const, value: ' ' },
							{
								type: 'element' as const,
								tagName: 'dfn',
								properties: { className: ['part__term'] },
								children: [{ type: 'text' as const, value: part.term }],
							},
						]
					: []),
			],
		},
	};
}

/** A link to the part itself, after its heading: readers copy it to cite the part (`src/client/copy.ts`). */
function permalink(part: ProvisionPart, settings: Required<Options>, pageUrl: string | undefined): Paragraph {
	return {
		type: 'paragraph',
		data: {
			hName: 'a',
			hProperties: {
				className: ['part__permalink'],
				href: `#${part.id}`,
				ariaLabel: `Link to ${settings.levelNames[part.level].toLowerCase()} ${displayNumber(part.level, part.number)}`,
				...(pageUrl ? { dataUrl: `${pageUrl}#${part.id}` } : {}),
			},
		},
		children: [{ type: 'text', value: '#' }],
	};
}

/** What the part rests on, in a few words under its heading; the sources that locate it are linked. */
function basisLine(part: ProvisionPart, settings: Required<Options>): Paragraph {
	const { basis, sources } = part.provenance;
	const children: PhrasingContent[] = [{ type: 'text', value: basisLabels[basis].part }];
	sources.forEach((id, index) => {
		children.push({ type: 'text', value: index === 0 ? ': ' : '; ' });
		children.push({ type: 'link', url: `${settings.base}critiques/${id}/`, children: [{ type: 'text', value: settings.sourceNames[id] ?? id }] });
	});
	return {
		type: 'paragraph',
		data: { hProperties: { className: ['part__basis', `part__basis--${basis}`], dataPagefindIgnore: '' } },
		children,
	};
}

function flag(part: ProvisionPart, settings: Required<Options>): Paragraph[] {
	if (part.uncertain === undefined) return [];
	return [
		{
			type: 'paragraph',
			data: { hProperties: { className: ['part__flag'] } },
			children: [
				{ type: 'strong', children: [{ type: 'text', value: settings.uncertainLabel }] },
				{ type: 'text', value: ` ${part.uncertain}` },
			],
		},
	];
}
