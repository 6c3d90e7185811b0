/**
 * npm run import:text -- <file> [--content content] [--dry-run]
 *
 * Imports the English official text of the Convention (plain text, as `pdftotext -layout` prints the A/RES/79/243
 * PDF, or as copied from UNODC's full-text page) into the article files: verbatim paragraphs go into `:::official`
 * blocks beside our summaries, and those articles switch to `textStatus: official`. Our summaries and every
 * annotation stay. Prints what does not line up: parts the official text has and our summaries lack, parts our
 * summaries or claims cite that the official text lacks.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCitation, refAnchor } from '../src/lib/citation.ts';
import { readMarkdownFolder } from '../src/lib/content-files.ts';
import { mergeOfficialText, type MergeReport } from '../src/lib/official-text-merge.ts';
import { parseOfficialText } from '../src/lib/official-text-parser.ts';
import { critiqueSchema } from '../src/schemas/critique.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { content: { type: 'string', default: 'content' }, 'dry-run': { type: 'boolean', default: false } },
});
const source = positionals[0];
if (!source) {
	console.error('usage: npm run import:text -- <official text file> [--content content] [--dry-run]');
	process.exit(2);
}
const content = values.content ?? 'content';
const articles = parseOfficialText(readFileSync(source, 'utf8'));
const reports: MergeReport[] = [];
for (const article of articles) {
	const file = path.join(content, 'provisions', `article-${String(article.number).padStart(2, '0')}.md`);
	if (!existsSync(file)) {
		console.log(`article ${article.number}: no content file ${file}; skipped`);
		continue;
	}
	const { text, report } = mergeOfficialText(readFileSync(file, 'utf8'), file, article);
	if (!values['dry-run']) writeFileSync(file, text);
	reports.push(report);
}

// Claims that cite a part the official text lacks.
const officialParts = new Map(articles.map((article) => [article.number, new Set(article.parts.map((part) => part.id))]));
const claimProblems: string[] = [];
for (const critique of readMarkdownFolder(path.join(content, 'critiques'), critiqueSchema)) {
	for (const claim of critique.data.claims) {
		for (const text of claim.provisions) {
			const ref = parseCitation(text)?.[0];
			const anchor = ref && refAnchor(ref);
			if (ref?.kind !== 'article' || !anchor || !officialParts.has(ref.article)) continue;
			if (!officialParts.get(ref.article)?.has(anchor)) claimProblems.push(`${critique.file}: claim ${claim.id} cites ${text}, which the official text lacks`);
		}
	}
}

console.log(`Imported ${articles.length} articles from ${source}${values['dry-run'] ? ' (dry run: nothing written)' : ''}.`);
for (const report of reports) {
	const notes = [
		`${report.inserted.length} parts placed`,
		report.missingInSummary.length > 0 && `in the official text but not in our summary: ${report.missingInSummary.join(', ')}`,
		report.missingInOfficial.length > 0 && `in our summary but not in the official text: ${report.missingInOfficial.join(', ')}`,
	].filter(Boolean);
	console.log(`article ${report.article}: ${notes.join('; ')}`);
}
for (const problem of claimProblems) console.log(problem);
