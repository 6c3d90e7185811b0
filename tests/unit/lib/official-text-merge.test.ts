import { describe, expect, test } from 'vitest';
import { escapeMarkdown, mergeOfficialText } from '../../../src/lib/official-text-merge.ts';
import type { OfficialArticle } from '../../../src/lib/official-text-parser.ts';

const file = ['---', 'kind: article', 'number: 9', 'textStatus: summary', '---', '', 'Overview.', '', '::paragraph{n=1 basis=editors}', '', 'Our summary of 1.', '', '::paragraph{n=2 basis=editors}', '', 'Our summary of 2.', ''].join('\n');
const official: OfficialArticle = {
	number: 9,
	title: 'Invented',
	intro: '',
	parts: [
		{ id: 'p1', address: { paragraph: '1' }, text: 'Invented verbatim one, with *stars* and <tags>.' },
		{ id: 'p3', address: { paragraph: '3' }, text: 'Invented verbatim three.' },
	],
};

describe('merging official text into an article file', () => {
	const { text, report } = mergeOfficialText(file, 'content/provisions/article-09.md', official);

	test('verbatim text goes right after its marker; our summary stays below it; the status becomes official', () => {
		expect(text).toContain('textStatus: official');
		expect(text).toContain('::paragraph{n=1 basis=editors}\n\n:::official\nInvented verbatim one, with \\*stars\\* and \\<tags\\>.\n:::\n\nOur summary of 1.');
		expect(text).toContain('::paragraph{n=2 basis=editors}\n\nOur summary of 2.');
		expect(text).toContain('Overview.');
	});

	test('reports what does not line up, both ways', () => {
		expect(report).toEqual({ article: 9, inserted: ['p1'], missingInSummary: ['p3'], missingInOfficial: ['p2'] });
	});

	test('importing again replaces the earlier blocks instead of adding more', () => {
		const again = mergeOfficialText(text, 'content/provisions/article-09.md', official).text;
		expect(again).toBe(text);
		expect(again.match(/:::official/g)).toHaveLength(1);
	});

	test('an article without markers gets one block with the numbering written out', () => {
		const overview = ['---', 'kind: article', 'number: 9', 'textStatus: summary', '---', '', 'Only an overview.', ''].join('\n');
		const merged = mergeOfficialText(overview, 'x.md', { ...official, intro: 'Invented lead-in:' }).text;
		expect(merged).toContain(':::official\nInvented lead-in:\n\n1. Invented verbatim one, with \\*stars\\* and \\<tags\\>.\n\n3. Invented verbatim three.\n:::');
		expect(merged).toContain('Only an overview.');
	});

	test('escaping keeps the words exactly as written', () => {
		expect(escapeMarkdown('a_b [c] `d` #e |f| see:this')).toBe('a\\_b \\[c\\] \\`d\\` \\#e \\|f\\| see:this');
		expect(escapeMarkdown('Note :this')).toBe('Note \\:this');
	});
});
