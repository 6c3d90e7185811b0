/**
 * An article's rendered summary, cut at the annotation slots that `remark-provision-parts` leaves at the end of each
 * part (`<!--annotations:p4-->`), so the page can put the commentary on paragraph 4 right after paragraph 4.
 * The pieces are HTML strings that are only balanced when joined again in order; a page writes them out with
 * `set:html` and places its own markup at the slots.
 */

/** A run of HTML, or the place for the commentary on one part. */
export type SlotPiece = { kind: 'html'; html: string } | { kind: 'slot'; id: string };

const slotPattern = /<!--annotations:([a-z0-9-]+)-->/g;

/** Split rendered HTML at its annotation slots, keeping the order. */
export function splitAtSlots(html: string): SlotPiece[] {
	const pieces: SlotPiece[] = [];
	let last = 0;
	for (const match of html.matchAll(slotPattern)) {
		const index = match.index ?? 0;
		if (index > last) pieces.push({ kind: 'html', html: html.slice(last, index) });
		pieces.push({ kind: 'slot', id: match[1] ?? '' });
		last = index + match[0].length;
	}
	if (last < html.length) pieces.push({ kind: 'html', html: html.slice(last) });
	return pieces;
}
