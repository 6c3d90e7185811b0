/**
 * The terms defined in article 2, read from its content file, for `remark-defined-terms`. Read when the Markdown
 * pipeline is set up (astro.config.mjs), so the definitions shown in the disclosures are the summaries on the site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from './content-files.ts';
import { analyseBody } from './provision-outline.ts';

/** One defined term of article 2, as `remark-defined-terms` marks it in other summaries. */
export interface DefinedTerm {
	/** The term as article 2 names it: "serious crime". */
	term: string;
	/** Other ways our summaries write it: "ICT system". */
	aliases?: readonly string[];
	/** Anchor of the definition in article 2: "h". */
	id: string;
	/** Our summary of the definition, plain text. */
	summary: string;
}

/** Other ways our summaries write a term. */
const aliases: Record<string, readonly string[]> = {
	'information and communications technology system': ['ICT system'],
};

/** The defined terms of article 2 in `contentDir`, with our summaries. */
export function readDefinedTerms(contentDir: string): DefinedTerm[] {
	const file = path.join(contentDir, 'provisions', 'article-02.md');
	const { data, body } = splitFrontMatter(readFileSync(file, 'utf8'));
	const parts = analyseBody(body, file, data as Record<string, unknown>).parts;
	return parts.flatMap((part) =>
		part.term && part.level === 'point'
			? [{ term: part.term, id: part.id, summary: part.summary, ...(aliases[part.term] ? { aliases: aliases[part.term] } : {}) }]
			: [],
	);
}
