/**
 * Short, typeable addresses for provisions: `/a/28/` (article 28), `/a/28.4/` (paragraph 4), `/a/35.1.c/`
 * (paragraph 1, point (c)), `/a/11.1.a.ii/`, `/a/2.h/` (point (h) of article 2), `/a/preamble/`. Each is a static page
 * that redirects to the canonical anchor.
 */
import { parsePartId } from './ids.ts';

/** The short key of an article or of one of its parts: (28, "p4-a") -> "28.4.a". */
export function shortKey(article: number, partId?: string): string {
	if (partId === undefined) return String(article);
	const address = parsePartId(partId);
	if (!address) throw new Error(`not a part id: ${partId}`);
	return [article, address.paragraph, address.point, address.subpoint].filter((piece) => piece !== undefined).join('.');
}
