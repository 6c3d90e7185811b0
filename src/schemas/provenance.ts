import { z } from 'astro/zod';

/**
 * What a part of a provision (or the provision as a whole) rests on: its numbering and its summary. A closed set,
 * from the strongest to the weakest:
 * - `official-text`: checked against the official text of the Convention (none yet: it is not available here);
 * - `arabic-text`: checked against the unofficial copy of the Arabic text of articles 1-15, an authentic language;
 * - `sources`: located and described by named sources (critique files whose text cites this very part);
 * - `editors`: the editors' knowledge only, not checked against any text of the Convention or any source.
 * The certainty a page shows is derived from these (src/lib/certainty.ts), never written by hand.
 */
export const bases = ['official-text', 'arabic-text', 'sources', 'editors'] as const;

/** One of `bases`. */
export const basisSchema = z.enum(bases);

/** Id of a critique file (`content/critiques/<id>.md`) named as a basis. */
export const basisSourceIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be the id of a file in content/critiques/');

export type Basis = z.infer<typeof basisSchema>;

/** A basis with the sources it names (none unless the basis is `sources`). */
export interface Provenance {
	basis: Basis;
	/** Critique ids; at least one when `basis` is `sources`, none otherwise. */
	sources: readonly string[];
}
