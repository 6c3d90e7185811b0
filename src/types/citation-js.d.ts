/** Types for the parts of citation-js the site uses (the packages ship none). */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		format(type: 'bibtex' | 'ris' | 'data' | 'bibliography', options?: { format?: 'text' | 'html'; template?: string; lang?: string }): string;
	}
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
