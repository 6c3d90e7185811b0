/**
 * Anchor ids and page paths, derived from numbers only (never from heading text), so that a link made today still
 * works after any rewording. Once published, an id never changes.
 *
 * - paragraph 4 of an article: `p4`; its point (a): `p4-a`; that point's sub-point (ii): `p4-a-ii`
 * - a point of an article without numbered paragraphs (article 2's defined terms): `h`, and its sub-point `h-ii`
 */
import type { PartLevel } from './numbering.ts';

/** The numbers that locate a part inside an article. */
export interface PartAddress {
	/** Paragraph number ("4"), absent for a point of an article without numbered paragraphs. */
	paragraph?: string;
	/** Point letter ("a"). */
	point?: string;
	/** Sub-point Roman numeral ("ii"); needs a point. */
	subpoint?: string;
}

/** The anchor id of a part: { paragraph: "4", point: "a" } -> "p4-a". */
export function partId(address: PartAddress): string {
	const pieces: string[] = [];
	if (address.paragraph !== undefined) pieces.push(`p${address.paragraph}`);
	if (address.point !== undefined) pieces.push(address.point);
	if (address.subpoint !== undefined) {
		if (address.point === undefined) throw new Error('A sub-point needs a point');
		pieces.push(address.subpoint);
	}
	if (pieces.length === 0) throw new Error('A part address needs at least a paragraph or a point');
	return pieces.join('-');
}

const partIdPattern = /^(?:p([1-9]\d*))?(?:(?:^|-)([a-z]))?(?:-([ivxlc]+))?$/;

/** The address encoded in an anchor id, or undefined when the id is not a part id ("p4-a" -> { paragraph: "4", point: "a" }). */
export function parsePartId(id: string): PartAddress | undefined {
	const match = partIdPattern.exec(id);
	if (!match || id === '') return undefined;
	const [, paragraph, point, subpoint] = match;
	if (subpoint !== undefined && point === undefined) return undefined;
	const address: PartAddress = {};
	if (paragraph !== undefined) address.paragraph = paragraph;
	if (point !== undefined) address.point = point;
	if (subpoint !== undefined) address.subpoint = subpoint;
	return address;
}

/** The level of the deepest number in an address. */
export function levelOf(address: PartAddress): PartLevel {
	if (address.subpoint !== undefined) return 'subpoint';
	if (address.point !== undefined) return 'point';
	return 'paragraph';
}

/** Site-relative path of an article page, without the base path: 28 -> "/articles/28/". */
export function articlePath(number: number): string {
	return `/articles/${number}/`;
}

/** Site-relative path of the preamble page. */
export const preamblePath = '/preamble/';

/** Site-relative path of a chapter page: 4 -> "/chapters/4/". */
export function chapterPath(number: number): string {
	return `/chapters/${number}/`;
}

/** Site-relative path of a topic page. */
export function topicPath(id: string): string {
	return `/topics/${id}/`;
}

/** Site-relative path of a State's page, from its code: "BRA" -> "/states/bra/", "EU" -> "/states/eu/". */
export function statePath(code: string): string {
	return `/states/${code.toLowerCase()}/`;
}
