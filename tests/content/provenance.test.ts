/**
 * Guards for issue 10's truth repair, on the real content: every part says what it rests on; articles 1-15 have
 * exactly the parts of the Arabic text; a source named as a basis exists, is about the article, and its archived
 * text mentions it; certainty is never written by hand and notes never claim more than the parts support; a claim
 * attributed to an organisation rests on a text that names it; the misleading phrases the audit found do not return.
 * Each failure names the file and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { deriveCertainty } from '../../src/lib/certainty.ts';
import { formatProblem } from '../../src/lib/content-error.ts';
import { checkProvenance } from '../../src/lib/integrity.ts';
import { analyseBody } from '../../src/lib/provision-outline.ts';
import { organisationSchema, type Organisation } from '../../src/schemas/organisation.ts';
import { arabicOutline, arabicTextPath } from '../support/arabic-structure.ts';
import { readCritiques, readProvisions, readTopics } from '../support/content-files.ts';

const provisions = readProvisions().map((entry) => ({ ...entry, parts: analyseBody(entry.body, entry.file, entry.data).parts }));
const critiques = readCritiques();
const textsDir = '../shared/sources/texts';
const seedsDir = '../shared/seeds';
const numberOf = (entry: (typeof provisions)[number]) => (entry.data.kind === 'article' ? entry.data.number : 0);

describe('every part says what it rests on', () => {
	test('every provision and every part has a basis (the reader refuses a marker without one)', () => {
		for (const entry of provisions) {
			expect(entry.data.basis, `${entry.file}: basis`).toBeDefined();
			for (const part of entry.parts) expect(part.provenance.basis, `${entry.file}: body, ${part.id}: basis`).toBeDefined();
		}
	});

	test('only articles 1 to 15 may rest on the Arabic text, the only text of the Convention we hold', () => {
		for (const entry of provisions) {
			const number = numberOf(entry);
			const claimsArabic = [entry.data.basis, ...entry.parts.map((part) => part.provenance.basis)].includes('arabic-text');
			if (number < 1 || number > 15) expect(claimsArabic, `${entry.file}: basis: arabic-text outside articles 1-15`).toBe(false);
		}
	});

	test('nothing rests on the official text, which nobody here has', () => {
		for (const entry of provisions) {
			for (const basis of [entry.data.basis, ...entry.parts.map((part) => part.provenance.basis)]) expect(basis, `${entry.file}: basis`).not.toBe('official-text');
		}
	});
});

describe('articles 1 to 15 against the unofficial Arabic text', () => {
	test('the Arabic copy is beside the checkout', () => {
		expect(existsSync(arabicTextPath), `${arabicTextPath} is needed`).toBe(true);
	});
	const arabic = existsSync(arabicTextPath) ? arabicOutline() : new Map<number, string[]>();

	test('the copy holds articles 1 to 15', () => {
		expect([...arabic.keys()]).toEqual(Array.from({ length: 15 }, (_, index) => index + 1));
	});

	test.each(Array.from({ length: 15 }, (_, index) => index + 1))('article %i has exactly the parts of the Arabic text, each checked against it', (number) => {
		const entry = provisions.find((provision) => numberOf(provision) === number);
		expect(entry, `article ${number}`).toBeDefined();
		if (!entry) return;
		expect(entry.parts.map((part) => part.id), `${entry.file}: body: parts`).toEqual(arabic.get(number));
		expect(entry.data.basis, `${entry.file}: basis`).toBe('arabic-text');
		for (const part of entry.parts) {
			expect(part.provenance.basis, `${entry.file}: body, ${part.id}: basis`).toBe('arabic-text');
			expect(part.uncertain, `${entry.file}: body, ${part.id}: uncertain (the text settles it)`).toBeUndefined();
		}
	});
});

describe('sources named as a basis', () => {
	test('exist and have a claim on the provision', () => {
		const problems = checkProvenance(provisions, critiques);
		expect(problems.map(formatProblem)).toEqual([]);
	});

	test("their archived text mentions the article (../shared/sources/texts)", () => {
		for (const entry of provisions) {
			const number = numberOf(entry);
			const named = [
				...entry.data.basisSources.map((id) => ({ id, field: 'basisSources' })),
				...entry.parts.flatMap((part) => part.provenance.sources.map((id) => ({ id, field: `body, ${part.id}, sources` }))),
			];
			for (const { id, field } of named) {
				const critique = critiques.find((candidate) => candidate.id === id);
				const texts = (critique?.data.sourceIds ?? []).map((sourceId) => path.join(textsDir, `${sourceId}.txt`)).filter(existsSync);
				const mention = new RegExp(String.raw`\b(?:art(?:icle)?s?\.?\s*)${number}\b|\b${number}\s?\(\d`, 'i');
				expect(
					texts.some((file) => mention.test(readFileSync(file, 'utf8'))),
					`${entry.file}: ${field}: no archived text of "${id}" mentions article ${number}`,
				).toBe(true);
			}
		}
	});
});

describe('certainty is derived, and notes never claim more', () => {
	test('no provision writes its certainty by hand (the schema refuses the field)', () => {
		for (const entry of provisions) expect('certainty' in entry.data, `${entry.file}: certainty`).toBe(false);
	});

	test('a note on a provision that is not checked against a text never says it was', () => {
		for (const entry of provisions) {
			const level = deriveCertainty({ basis: entry.data.basis, sources: entry.data.basisSources }, entry.parts.map((part) => part.provenance));
			const sentences = entry.data.certaintyNote.split(/(?<=\.)\s+/);
			for (const sentence of sentences) {
				expect(sentence, `${entry.file}: certaintyNote`).not.toMatch(/\b(?:high|medium|low) certainty\b/i);
				if (level !== 'high' && !/\b(?:not|no|none|never|nothing|nor)\b/i.test(sentence)) {
					expect(sentence, `${entry.file}: certaintyNote claims a check the parts do not support`).not.toMatch(/\b(?:checked|verified|confirmed) against\b/i);
				}
			}
		}
	});
});

describe('the misleading phrases the audit found', () => {
	/** Phrases that misdescribe a basis, wherever we write prose about the Convention. */
	const misleading: Array<[RegExp, string]> = [
		[/reading of the (?:final|official|adopted) text/i, 'nobody here had the final text'],
		[/commentary (?:collected|says|refers)/i, 'name the source instead of "commentary"'],
		[/\breportedly\b/i, '"reportedly" must name the report: write "X reports that"'],
		[/\bas reported\b(?! by)/i, '"as reported" must say by whom'],
		[/generally reported/i, 'say who reports it, or that it comes from the research notes'],
	];
	const files = [
		...provisions.map((entry) => ({ file: entry.file, text: `${entry.data.inBrief}\n${entry.data.certaintyNote}\n${entry.body}` })),
		...readTopics().map((entry) => ({ file: entry.file, text: entry.body })),
		...critiques.map((entry) => ({ file: entry.file, text: [entry.body, ...entry.data.caveats, ...entry.data.claims.map((claim) => claim.summary)].join('\n') })),
		...readdirSync('content/pages').map((name) => ({ file: `content/pages/${name}`, text: readFileSync(path.join('content/pages', name), 'utf8') })),
		...['timeline.yaml', 'status.yaml'].map((name) => ({ file: `content/${name}`, text: readFileSync(path.join('content', name), 'utf8') })),
		...readdirSync('content/organisations').map((name) => ({ file: `content/organisations/${name}`, text: readFileSync(path.join('content/organisations', name), 'utf8') })),
	];

	test.each(misleading.map(([pattern, why]) => [pattern.source, pattern, why] as const))('none says /%s/', (_name, pattern, why) => {
		const found = files.filter(({ text }) => pattern.test(text)).map(({ file, text }) => `${file}: ${why}: "${pattern.exec(text)?.[0]}"`);
		expect(found).toEqual([]);
	});
});

describe('attributions', () => {
	const organisations = new Map(
		readdirSync('content/organisations')
			.filter((name) => name.endsWith('.yaml'))
			.map((name) => [name.replace(/\.yaml$/, ''), organisationSchema.parse(parseYaml(readFileSync(path.join('content/organisations', name), 'utf8'))) as Organisation]),
	);

	test('a claim attributed to an organisation rests on a text that names it (not on the publisher alone)', () => {
		const problems: string[] = [];
		for (const critique of critiques) {
			const sources = [
				...critique.data.sourceIds.map((id) => path.join(textsDir, `${id}.txt`)),
				...critique.data.quotes.flatMap((quote) => (quote.source?.startsWith('seed/') ? [path.join(seedsDir, `${quote.source.slice(5)}.txt`)] : [])),
			].filter(existsSync);
			const text = sources.map((file) => readFileSync(file, 'utf8')).join('\n').toLowerCase().replace(/u\.n\./g, 'un');
			critique.data.claims.forEach((claim, index) => {
				for (const id of claim.attributedTo ?? []) {
					const organisation = organisations.get(id);
					const names = [organisation?.name, organisation?.shortName, ...(organisation?.aliases ?? []), ...(organisation?.people.map((person) => person.name) ?? [])].filter((name): name is string => Boolean(name));
					if (!names.some((name) => text.includes(name.toLowerCase()))) {
						problems.push(`${critique.file}: claims[${index}].attributedTo: the archived text names none of ${names.join(' / ')}`);
					}
				}
			});
		}
		expect(problems).toEqual([]);
	});
});
