/**
 * How the site names things in running text and headings, in one place so every page says it the same way.
 */
import type { Certainty } from '../schemas/provision.ts';
import { toRoman } from './numbering.ts';

/** "Chapter IV". */
export function chapterLabel(number: number): string {
	return `Chapter ${toRoman(number).toUpperCase()}`;
}

/** "Article 28". */
export function articleLabel(number: number): string {
	return `Article ${number}`;
}

/** What each certainty level means for a reader. */
export const certaintyLabels: Record<Certainty, { name: string; meaning: string }> = {
	high: { name: 'High', meaning: 'content and numbering confirmed by the sources named' },
	medium: { name: 'Medium', meaning: 'our reading of the final text, not yet checked against the official document' },
	low: { name: 'Low', meaning: 'a rough guide: parts of the summary or its numbering are not verified' },
};
