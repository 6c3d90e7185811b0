/**
 * The parts of a provision, as one typed model: paragraphs, points and sub-points, with the ids, numbers, defined
 * terms, flags and provenance the markers give them, and the numbering rules they must follow. Pure: it knows no
 * Markdown tree and no route. The remark plugin (`src/plugins/remark-provision-parts.ts`) feeds it the markers of a
 * body as it builds the page; `src/lib/provision-outline.ts` feeds it the same markers to read a body without
 * rendering it. Both therefore agree on every part and every error.
 *
 * A marker is written `::paragraph{n=4 basis=editors}`, `::point{n=a term="..." basis=arabic-text}`,
 * `::subpoint{n=ii basis=sources sources="id-1 id-2"}`, with an optional `uncertain="reason"`.
 */
import { bases, basisSourceIdSchema, type Basis, type Provenance } from '../schemas/provenance.ts';
import { partId, type PartAddress } from './ids.ts';
import { displayNumber, numberAt, ordinalOf, type PartLevel } from './numbering.ts';

/** One numbered part of a provision. */
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
	/** Why the editors are unsure of this part beyond what its basis says, when they are. */
	uncertain?: string;
	/** What the part's numbering and summary rest on. */
	provenance: Provenance;
	/** Our summary of the part as plain text, without its sub-parts (filled in when the part's text is known). */
	summary: string;
}

/** A marker as written in a body. */
export interface PartMarker {
	level: PartLevel;
	/** Its attributes as parsed (`n`, `term`, `uncertain`, `basis`, `sources`). */
	attributes: Readonly<Record<string, string | null | undefined>>;
}

/** A marker that breaks a rule; the message says which and what was expected. */
export class PartError extends Error {
	override name = 'PartError';
}

/** Attributes each marker accepts. */
export const markerAttributes: Readonly<Record<PartLevel, readonly string[]>> = {
	paragraph: ['n', 'basis', 'sources', 'uncertain'],
	point: ['n', 'term', 'basis', 'sources', 'uncertain'],
	subpoint: ['n', 'basis', 'sources', 'uncertain'],
};

const depthOf: Record<PartLevel, number> = { paragraph: 0, point: 1, subpoint: 2 };

/** Whether a directive name is one of the part markers. */
export function isPartLevel(name: string): name is PartLevel {
	return name === 'paragraph' || name === 'point' || name === 'subpoint';
}

/** "paragraph 4", "point (a)". */
export function describePart(part: Pick<ProvisionPart, 'level' | 'number'>): string {
	return `${part.level} ${displayNumber(part.level, part.number)}`;
}

function example(level: PartLevel): string {
	return level === 'paragraph' ? '1' : level === 'point' ? 'a' : 'i';
}

/**
 * Reads the markers of one body in order, checks their numbering and gives each its part. Throws a `PartError` on
 * a repeat, a gap, a number out of order, a point before any paragraph in an article that has paragraphs, a
 * sub-point without a point, an unknown or empty attribute, or a missing or malformed basis.
 */
export class OutlineBuilder {
	/** The parts so far, in document order. */
	readonly parts: ProvisionPart[] = [];
	/** Open parts, outermost first, each with the ordinal of the last child opened inside it. */
	private readonly stack: Array<{ part: ProvisionPart; lastChild: number }> = [];
	private hasParagraphs: boolean | undefined;
	private lastTopLevel = 0;

	/** Add the next marker; returns its part and its depth (0 for a top-level part, 1 inside it...). */
	add(marker: PartMarker): { part: ProvisionPart; depth: number } {
		const { level } = marker;
		const attributes = readAttributes(marker);
		const label = `::${level}{n=${attributes.n}}`;
		this.hasParagraphs ??= level === 'paragraph';

		const depth = depthOf[level] - (this.hasParagraphs ? 0 : 1);
		if (depth < 0) {
			throw new PartError(`${label}: this article numbers its points without paragraphs (its first marker is a point), so a paragraph cannot follow`);
		}
		this.stack.length = Math.min(this.stack.length, depth);
		const parent = this.stack.at(-1);
		if (this.stack.length !== depth) {
			throw new PartError(`${label}: a ${level} must come after ${level === 'subpoint' ? 'a ::point' : 'a ::paragraph'} marker`);
		}

		const ordinal = ordinalOf(level, attributes.n);
		if (ordinal === undefined) throw new PartError(`${label}: "${attributes.n}" is not a valid ${level} number (${example(level)})`);
		const previous = parent ? parent.lastChild : this.lastTopLevel;
		if (ordinal !== previous + 1) {
			const problem = ordinal === previous ? 'repeated' : ordinal < previous ? 'out of order' : 'leaves a gap';
			const where = parent ? ` in ${describePart(parent.part)}` : '';
			throw new PartError(`${label}: ${level} number ${problem}${where}; expected ${displayNumber(level, numberAt(level, previous + 1))}`);
		}
		if (parent) parent.lastChild = ordinal;
		else this.lastTopLevel = ordinal;

		const address: PartAddress = { ...parent?.part.address, [level]: attributes.n };
		const part: ProvisionPart = { id: partId(address), level, number: attributes.n, address, provenance: attributes.provenance, summary: '' };
		if (attributes.term !== undefined) part.term = attributes.term;
		if (attributes.uncertain !== undefined) part.uncertain = attributes.uncertain;
		this.parts.push(part);
		this.stack.push({ part, lastChild: 0 });
		return { part, depth };
	}
}

interface MarkerAttributes {
	n: string;
	term?: string;
	uncertain?: string;
	provenance: Provenance;
}

function readAttributes({ level, attributes }: PartMarker): MarkerAttributes {
	for (const key of Object.keys(attributes)) {
		if (!markerAttributes[level].includes(key)) {
			throw new PartError(`::${level}: unknown attribute "${key}" (allowed: ${markerAttributes[level].join(', ')})`);
		}
	}
	const n = attributes.n;
	if (n === undefined || n === null || n === '') throw new PartError(`::${level}: the number is missing; write ::${level}{n=${example(level)} basis=editors}`);
	const label = `::${level}{n=${n}}`;
	const text: Partial<Record<'term' | 'uncertain' | 'basis' | 'sources', string>> = {};
	for (const key of ['term', 'uncertain', 'basis', 'sources'] as const) {
		const value = attributes[key];
		if (value === undefined || value === null) continue;
		if (value.trim() === '') throw new PartError(`${label}: "${key}" is empty`);
		text[key] = value.trim();
	}
	return { n, ...(text.term ? { term: text.term } : {}), ...(text.uncertain ? { uncertain: text.uncertain } : {}), provenance: readProvenance(label, text.basis, text.sources) };
}

/** The provenance a marker declares; every part must say what it rests on. */
function readProvenance(label: string, basis: string | undefined, sources: string | undefined): Provenance {
	const allowed = bases.join(', ');
	if (basis === undefined) throw new PartError(`${label}: basis: missing; every part must say what it rests on (${allowed})`);
	if (!(bases as readonly string[]).includes(basis)) throw new PartError(`${label}: basis: "${basis}" is not one of ${allowed}`);
	const ids = sources === undefined ? [] : sources.split(/[\s,]+/).filter(Boolean);
	if (basis === 'sources' && ids.length === 0) {
		throw new PartError(`${label}: sources: basis=sources needs the ids of the sources that locate this part, e.g. sources="uk-third-committee-2024"`);
	}
	if (basis !== 'sources' && ids.length > 0) throw new PartError(`${label}: sources: only a part with basis=sources names sources`);
	for (const id of ids) {
		if (!basisSourceIdSchema.safeParse(id).success) throw new PartError(`${label}: sources: "${id}" is not a critique id`);
	}
	return { basis: basis as Basis, sources: ids };
}
