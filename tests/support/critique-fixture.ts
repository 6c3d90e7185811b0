/** A small valid critique, for tests to copy and break one thing at a time. */
import type { Critique } from '../../src/schemas/critique.ts';

export function critiqueFixture(): Critique {
	return {
		title: 'A statement on the Convention',
		organisations: ['eff'],
		authors: [],
		date: '2024-08',
		kind: 'statement',
		stance: 'opposes',
		url: 'https://example.org/statement',
		mirrors: [],
		read: 'excerpt',
		numbering: 'final',
		sourceIds: ['eff-statement'],
		caveats: [],
		warnings: [],
		claims: [
			{ id: 'powers', side: 'concern', provisions: ['28(4)'], topics: ['surveillance-powers'], summary: 'Says the compelled-assistance power reaches engineers.' },
			{ id: 'scope', side: 'concern', provisions: ['7-11', '35(1)(c)'], topics: ['scope'], summary: 'Says the cooperation scope covers any serious crime.' },
		],
		quotes: [{ text: 'a surveillance treaty in all but name', claim: 'powers' }],
	};
}
