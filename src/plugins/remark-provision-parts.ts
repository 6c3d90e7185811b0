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
 * becomes `<section class="part part--paragraph"><h2 id="p4" class="part__label">…4</h2><a class="part__permalink"
 * href="#p4" aria-label="Link to paragraph 4">#</a>…<section …><h3 id="p4-a">…`.
 * Each label is a real heading (screen-reader users can jump between paragraphs, and search can split results on
 * them) whose id comes from the numbers (see `src/lib/ids.ts`), never from text.
 *
 * The plugin also checks the numbering and stops the build (`failAt`, which names the file and line) on a
 * repeat, a gap, a number out of order, a point before any paragraph in an article that has paragraphs, a sub-point
 * without a point, an unknown attribute, a marker that is not at the top level, or a Markdown heading beside the
 * markers (the markers own the structure). A document without markers (an overview-only article, a prose page) is
 * left as it is.
 *
 * It runs after `remark-directive` (which parses `::name{attrs}`) and after the plugin that rejects unknown
 * directives, so a misspelt marker is reported as such. The parts it found are listed in
 * `file.data.provisionParts`, in document order.
 */
import type { BlockContent, DefinitionContent, Heading, Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../lib/fail-at.ts';
import { articlePath, partId, type PartAddress } from '../lib/ids.ts';
import { displayNumber, numberAt, ordinalOf, type PartLevel } from '../lib/numbering.ts';

/** One numbered part found in a summary. */
export interface ProvisionPart {
	/** Anchor id, e.g. `p4-a`. */
	id: string;
	/** Which level of numbering the part is at. */
	level: PartLevel;
	/** The part's own number as written in the marker: "4", "a", "ii". */
	number: string;
	/** The numbers that locate the part. */
	address: PartAddress;
	/** The defined term, for a point of the article on the use of terms. */
	term?: string;
	/** Why the editors are unsure of this part, when they are. */
	uncertain?: string;
	/** Our summary of the part as plain text, without its sub-parts (filled in when the part is complete). */
	summary: string;
}

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
}

const defaults: Required<Options> = {
	headingRank: 2,
	levelNames: { paragraph: 'Paragraph', point: 'Point', subpoint: 'Sub-point' },
	uncertainLabel: 'Not verified:',
	annotationSlots: false,
	siteUrl: '',
};

const depthOf: Record<PartLevel, number> = { paragraph: 0, point: 1, subpoint: 2 };

/** Attributes each marker accepts. */
const allowedAttributes: Record<PartLevel, ReadonlySet<string>> = {
	paragraph: new Set(['n', 'uncertain']),
	point: new Set(['n', 'term', 'uncertain']),
	subpoint: new Set(['n', 'uncertain']),
};

function isLevel(name: string): name is PartLevel {
	return name === 'paragraph' || name === 'point' || name === 'subpoint';
}

type SectionChild = BlockContent | DefinitionContent;

interface OpenPart {
	part: ProvisionPart;
	section: ContainerDirective;
	/** Number (1-based position) of the last child part opened inside this one. */
	lastChild: number;
}

/**
 * Turn paragraph / point / sub-point markers into anchored sections and check their numbering.
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
		if (!tree.children.some((node) => node.type === 'leafDirective' && isLevel(node.name))) return;

		const parts: ProvisionPart[] = [];
		const output: RootContent[] = [];
		/** Open parts, outermost first: at most paragraph > point > sub-point. */
		const stack: OpenPart[] = [];
		/** Whether the article numbers paragraphs (decided by its first marker). */
		let hasParagraphs: boolean | undefined;
		let lastTopLevel = 0;

		for (const node of tree.children) {
			if (node.type !== 'leafDirective' || !isLevel(node.name)) {
				const holder = stack.at(-1);
				if (holder) holder.section.children.push(node as SectionChild);
				else output.push(node);
				continue;
			}

			const level = node.name;
			const attributes = readAttributes(node, level, file);
			hasParagraphs ??= level === 'paragraph';

			// Close the open parts at this depth or deeper, then find the parent.
			const depth = depthOf[level] - (hasParagraphs ? 0 : 1);
			if (depth < 0) {
				failAt(
					file,
					node,
					`::${level}{n=${attributes.n}}: this article numbers its points without paragraphs (its first marker is a point), so a paragraph cannot follow`,
				);
			}
			while (stack.length > depth) close(stack.pop());
			const parent = stack.at(-1);
			if (stack.length !== depth) {
				const needs = level === 'subpoint' ? 'a ::point' : 'a ::paragraph';
				failAt(file, node, `::${level}{n=${attributes.n}}: a ${level} must come after ${needs} marker`);
			}

			// Check the number against the one expected next.
			const ordinal = ordinalOf(level, attributes.n);
			if (ordinal === undefined) {
				failAt(file, node, `::${level}{n=${attributes.n}}: "${attributes.n}" is not a valid ${level} number (${example(level)})`);
			}
			const previous = parent ? parent.lastChild : lastTopLevel;
			if (ordinal !== previous + 1) {
				const where = parent ? ` in ${describe(parent.part)}` : '';
				const problem =
					ordinal <= previous
						? ordinal === previous
							? 'repeated'
							: 'out of order'
						: 'leaves a gap';
				failAt(
					file,
					node,
					`::${level}{n=${attributes.n}}: ${level} number ${problem}${where}; expected ${displayNumber(level, numberAt(level, previous + 1))}`,
				);
			}
			if (parent) parent.lastChild = ordinal;
			else lastTopLevel = ordinal;

			// Build the part.
			const address: PartAddress = { ...parent?.part.address, [level]: attributes.n };
			const part: ProvisionPart = { id: partId(address), level, number: attributes.n, address, summary: '' };
			if (attributes.term !== undefined) part.term = attributes.term;
			if (attributes.uncertain !== undefined) part.uncertain = attributes.uncertain;
			parts.push(part);

			const rank = Math.min(settings.headingRank + stack.length, 6) as Heading['depth'];
			const section: ContainerDirective = {
				type: 'containerDirective',
				name: level,
				attributes: {},
				children: [heading(part, rank, settings), permalink(part, settings, pageUrl), ...flag(part, settings)],
				data: {
					hName: 'section',
					hProperties: { className: ['part', `part--${level}`] },
				},
			};
			if (parent) parent.section.children.push(section);
			else output.push(section);
			stack.push({ part, section, lastChild: 0 });
		}

		while (stack.length > 0) close(stack.pop());
		tree.children = output;
		file.data.provisionParts = parts;
	};

	/** A part is complete: note its own text, and give it its annotation slot after its text and its sub-parts. */
	function close(open: OpenPart | undefined): void {
		if (!open) return;
		const own = open.section.children.slice(1).filter((child) => child.type !== 'containerDirective' && !(child.type === 'paragraph' && child.data?.hProperties?.className));
		// (the permalink and the "not verified" flag carry a class name; the summary text does not)
		open.part.summary = own.map((child) => toString(child)).join(' ').replace(/\s+/g, ' ').trim();
		if (settings.annotationSlots) open.section.children.push({ type: 'html', value: `<!--annotations:${open.part.id}-->` });
	}
}

interface MarkerAttributes {
	n: string;
	term?: string;
	uncertain?: string;
}

function readAttributes(node: LeafDirective, level: PartLevel, file: VFile): MarkerAttributes {
	const attributes = node.attributes ?? {};
	for (const key of Object.keys(attributes)) {
		if (!allowedAttributes[level].has(key)) {
			const allowed = [...allowedAttributes[level]].join(', ');
			failAt(file, node, `::${level}: unknown attribute "${key}" (allowed: ${allowed})`);
		}
	}
	const n = attributes.n;
	if (n === undefined || n === null || n === '') {
		failAt(file, node, `::${level}: the number is missing; write ::${level}{n=${example(level)}}`);
	}
	if (node.children.length > 0) {
		failAt(file, node, `::${level}{n=${n}}: a marker takes no [label]; write the summary on the lines after it`);
	}
	const result: MarkerAttributes = { n };
	for (const key of ['term', 'uncertain'] as const) {
		const value = attributes[key];
		if (value === undefined || value === null) continue;
		if (value.trim() === '') failAt(file, node, `::${level}{n=${n}}: "${key}" is empty`);
		result[key] = value.trim();
	}
	return result;
}

/** Markers inside lists or quotes, and Markdown headings beside markers, would break the outline: refuse them. */
function rejectMisplacedStructure(tree: Root, file: VFile): void {
	const hasMarkers = tree.children.some((node) => node.type === 'leafDirective' && isLevel(node.name));
	visit(tree, (node, _index, parent) => {
		if (node.type === 'heading' && hasMarkers) {
			failAt(
					file,
					node,
					'Markdown headings are not allowed in a provision body: the ::paragraph, ::point and ::subpoint markers give the structure',
				);
		}
		if (node.type === 'leafDirective' && isLevel(node.name) && parent !== tree) {
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

function describe(part: ProvisionPart): string {
	return `${part.level} ${displayNumber(part.level, part.number)}`;
}

function example(level: PartLevel): string {
	return level === 'paragraph' ? '1' : level === 'point' ? 'a' : 'i';
}
