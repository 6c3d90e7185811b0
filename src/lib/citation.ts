/**
 * The project's one citation grammar: how people write references to the Convention, and how we write them back.
 * Used by the claims of the critiques layer ("28(4)", "7-11", "2(h)") and by search, which must recognise what
 * readers type ("Art. 28(4)", "article 35(1)(c)", "art 2(h)", "28.4", "articles 7 to 11", "Article 6 and 24",
 * "article 35, paragraph 1 (c)", "paragraph 4 of article 28").
 *
 * A reference names the preamble, a whole article, a range of whole articles, or a part of an article:
 * a paragraph, a point (of a paragraph, or of an article without paragraphs such as article 2) and a sub-point.
 * Numbers in brackets are read in order: a number is a paragraph, a letter a point, and a Roman numeral after a
 * point a sub-point ("2(i)" is point (i) of article 2; "2(h)(i)" is its sub-point (i)).
 */
import { partId, type PartAddress } from './ids.ts';
import { fromRoman } from './numbering.ts';

/** One reference to the Convention. */
export type ProvisionRef =
	| { kind: 'preamble' }
	| ({ kind: 'article'; article: number } & PartAddress)
	| { kind: 'range'; from: number; to: number };

/** The highest article number a reference may name. */
const maxArticle = 68;

const articleWord = String.raw`(?:articles?|arts?\.?|§§?)`;
const paragraphWord = String.raw`(?:paragraphs?|paras?\.?|¶)`;

/**
 * Parse a whole string as one or more references, or return undefined if it is not (only) a citation.
 * Accepts the spellings listed above, case-insensitively, with en or em dashes for ranges.
 */
export function parseCitation(text: string): ProvisionRef[] | undefined {
	let rest = text
		.trim()
		.toLowerCase()
		.replace(/[–—]/g, '-')
		.replace(/\s+/g, ' ')
		.replace(/[.;:]$/, '');
	if (rest === '') return undefined;
	if (/^(the )?preamble$/.test(rest)) return [{ kind: 'preamble' }];

	// "paragraph 4 (a) of article 28" -> "28(4)(a)"
	rest = rest.replace(
		new RegExp(String.raw`^${paragraphWord} ?(\d+) ?((?:\(?[a-z]+\)? ?)*)of ${articleWord} ?(\d+)$`),
		(_all, paragraph: string, tail: string, article: string) => `${article}(${paragraph})${bracketed(tail)}`,
	);
	// "article 35, paragraph 1 (c)" -> "35(1)(c)"
	rest = rest.replace(
		new RegExp(String.raw`(\d+),? ${paragraphWord} ?(\d+) ?((?:\(?[a-z]+\)? ?)*)`, 'g'),
		(_all, article: string, paragraph: string, tail: string) => `${article}(${paragraph})${bracketed(tail)}`,
	);
	rest = rest.replace(new RegExp(String.raw`^${articleWord} ?`), '');

	const refs: ProvisionRef[] = [];
	const items = rest.split(new RegExp(String.raw` ?(?:,|&|\band\b) ?(?:${articleWord} ?)?`));
	for (const item of items) {
		const parsed = parseItem(item.trim()) ?? continueFrom(refs.at(-1), item.trim());
		if (!parsed) return undefined;
		refs.push(parsed);
	}
	return refs.length > 0 ? refs : undefined;
}

/**
 * A bare "(c)" after "23(2)(b) and" is a sibling of the part before it: same article and parents, another
 * number at the same level as the new piece ("23(2)(b) and (c)" -> 23(2)(c)).
 */
function continueFrom(previous: ProvisionRef | undefined, item: string): ProvisionRef | undefined {
	if (previous?.kind !== 'article' || !/^(\([0-9a-z]+\) ?)+$/.test(item)) return undefined;
	const pieces = item.split(/[()\s]+/).filter(Boolean);
	const first = pieces[0] ?? '';
	const parents: string[] = [];
	if (/^\d+$/.test(first)) {
		// a new paragraph
	} else if (previous.subpoint !== undefined && fromRoman(first) !== undefined) {
		parents.push(...[previous.paragraph, previous.point].filter((piece): piece is string => piece !== undefined));
	} else if (previous.paragraph !== undefined) {
		parents.push(previous.paragraph);
	}
	const address = readAddress([...parents, ...pieces]);
	return address ? { kind: 'article', article: previous.article, ...address } : undefined;
}

/** "(c) (ii)" or "c ii" -> "(c)(ii)". */
function bracketed(tail: string): string {
	return tail
		.replace(/[()]/g, ' ')
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.map((piece) => `(${piece})`)
		.join('');
}

function parseItem(item: string): ProvisionRef | undefined {
	const range = /^(\d+) ?(?:-|to|through) ?(\d+)$/.exec(item);
	if (range) {
		const from = Number(range[1]);
		const to = Number(range[2]);
		return isArticle(from) && isArticle(to) && from < to ? { kind: 'range', from, to } : undefined;
	}
	const bracketForm = /^(\d+) ?((?:\([0-9a-z]+\) ?)*)$/.exec(item);
	const dottedForm = /^(\d+)((?:\.[0-9a-z]+)*)$/.exec(item);
	const match = bracketForm ?? dottedForm;
	if (!match) return undefined;
	const article = Number(match[1]);
	if (!isArticle(article)) return undefined;
	const pieces = (match[2] ?? '').split(/[().\s]+/).filter(Boolean);
	const address = readAddress(pieces);
	return address ? { kind: 'article', article, ...address } : undefined;
}

/** Read bracketed pieces in order: paragraph number, point letter, sub-point numeral. */
function readAddress(pieces: string[]): PartAddress | undefined {
	const address: PartAddress = {};
	for (const piece of pieces) {
		if (/^[1-9]\d*$/.test(piece) && address.paragraph === undefined && address.point === undefined) {
			address.paragraph = piece;
		} else if (address.point !== undefined && address.subpoint === undefined && fromRoman(piece) !== undefined) {
			address.subpoint = piece;
		} else if (/^[a-z]$/.test(piece) && address.point === undefined) {
			address.point = piece;
		} else {
			return undefined;
		}
	}
	return address;
}

function isArticle(number: number): boolean {
	return Number.isInteger(number) && number >= 1 && number <= maxArticle;
}

/** Compact form used in claims and lists: "28(4)", "35(1)(c)", "2(h)", "7-11", "preamble". */
export function formatRef(ref: ProvisionRef): string {
	switch (ref.kind) {
		case 'preamble':
			return 'preamble';
		case 'range':
			return `${ref.from}-${ref.to}`;
		case 'article':
			return `${ref.article}${[ref.paragraph, ref.point, ref.subpoint]
				.filter((piece) => piece !== undefined)
				.map((piece) => `(${piece})`)
				.join('')}`;
	}
}

/** Reading form: "Article 28, paragraph 4", "Article 35, paragraph 1 (c)", "Article 2 (h)", "Articles 7 to 11". */
export function describeRef(ref: ProvisionRef): string {
	switch (ref.kind) {
		case 'preamble':
			return 'The preamble';
		case 'range':
			return `Articles ${ref.from} to ${ref.to}`;
		case 'article': {
			const points = [ref.point, ref.subpoint].filter((piece) => piece !== undefined).map((piece) => `(${piece})`).join('');
			if (ref.paragraph !== undefined) return `Article ${ref.article}, paragraph ${ref.paragraph}${points ? ` ${points}` : ''}`;
			return points ? `Article ${ref.article} ${points}` : `Article ${ref.article}`;
		}
	}
}

/** The anchor id of the part a reference names, or undefined for a whole article, a range or the preamble. */
export function refAnchor(ref: ProvisionRef): string | undefined {
	if (ref.kind !== 'article' || (ref.paragraph === undefined && ref.point === undefined)) return undefined;
	const { paragraph, point, subpoint } = ref;
	return partId({ ...(paragraph && { paragraph }), ...(point && { point }), ...(subpoint && { subpoint }) });
}

/** The article numbers a reference touches: one, every article of a range, or none for the preamble. */
export function articlesOf(ref: ProvisionRef): number[] {
	switch (ref.kind) {
		case 'preamble':
			return [];
		case 'article':
			return [ref.article];
		case 'range':
			return Array.from({ length: ref.to - ref.from + 1 }, (_, index) => ref.from + index);
	}
}
