/**
 * Writes verbatim official text into an article's content file, keeping our summaries and every annotation: each
 * imported part goes into a `:::official` block right after its marker (the summary stays below it), text before the
 * first part goes at the top, and `textStatus` becomes `official`. Running it again replaces the earlier blocks.
 * Reports what does not line up: parts the official text has and our summary lacks, and the reverse.
 */
import { levelOf, type PartAddress } from './ids.ts';
import { displayNumber } from './numbering.ts';
import type { OfficialArticle } from './official-text-parser.ts';
import { analyseBody } from './provision-outline.ts';

/** What an import did to one article, and what did not line up. */
export interface MergeReport {
	article: number;
	inserted: string[];
	/** Parts in the official text that our summary has no marker for. */
	missingInSummary: string[];
	/** Parts our summary has that the official text lacks. */
	missingInOfficial: string[];
}

const officialBlock = /^:::official\n[\s\S]*?\n:::\n\n?/gm;

/** Official text as Markdown that renders as written: no emphasis, links, HTML or directives. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>#|]/g, (character) => `\\${character}`).replace(/(^|\s):(?=[a-z])/g, '$1\\:');
}

function block(text: string): string {
	return `:::official\n${escapeMarkdown(text)}\n:::\n`;
}

/** The file with the official text merged in, and the report. */
export function mergeOfficialText(fileText: string, filePath: string, official: OfficialArticle): { text: string; report: MergeReport } {
	const match = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(fileText);
	if (!match) throw new Error(`${filePath}: no front matter`);
	const frontmatter = (match[1] ?? '').replace(/^textStatus: summary$/m, 'textStatus: official');
	const body = (match[2] ?? '').replace(officialBlock, '');
	const parts = analyseBody(body, filePath).parts;
	const imported = new Map(official.parts.map((part) => [part.id, part.text]));
	const inserted: string[] = [];

	// Marker lines come in the same order as the parts the plugin finds.
	const lines = body.split('\n');
	let partIndex = 0;
	const out: string[] = [];
	for (const line of lines) {
		out.push(line);
		if (!/^::(paragraph|point|subpoint)\{/.test(line)) continue;
		const id = parts[partIndex++]?.id;
		const text = id === undefined ? undefined : imported.get(id);
		if (id !== undefined && text !== undefined) {
			out.push('', block(text).trimEnd());
			inserted.push(id);
		}
	}
	let merged = out.join('\n');
	const lead =
		parts.length === 0
			? // No markers in our summary: the whole official text goes in one block at the top, numbering written out.
				[official.intro, ...official.parts.map((part) => `${label(part.address)} ${part.text}`)].filter(Boolean).join('\n\n')
			: official.intro;
	if (lead) merged = `\n${block(lead)}${merged.replace(/^\n/, '\n')}`;

	const summaryIds = new Set(parts.map((part) => part.id));
	return {
		text: `${frontmatter}${merged}`,
		report: {
			article: official.number,
			inserted,
			missingInSummary: official.parts.map((part) => part.id).filter((id) => !summaryIds.has(id)),
			missingInOfficial: parts.map((part) => part.id).filter((id) => !imported.has(id)),
		},
	};
}

/** How the official text writes a part's own number: paragraph "4.", point "(a)", sub-point "(ii)". */
function label(address: PartAddress): string {
	const level = levelOf(address);
	const number = address[level] ?? '';
	return level === 'paragraph' ? `${number}.` : displayNumber(level, number);
}
