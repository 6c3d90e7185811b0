/** The critiques layer in content/: coverage of the research records, references that resolve, balance of views. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildClaimViews, commentaryOnArticle } from '../../src/lib/commentary.ts';
import { formatProblem } from '../../src/lib/content-error.ts';
import { checkCommentary } from '../../src/lib/integrity.ts';
import { organisationSchema, type Organisation } from '../../src/schemas/organisation.ts';
import { partsOf, readCritiques, readProvisions, readTopics } from '../support/content-files.ts';

const critiques = readCritiques();
const provisions = readProvisions();
const topics = readTopics();
const organisations = readdirSync('content/organisations')
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => ({
		id: name.replace(/\.yaml$/, ''),
		file: `content/organisations/${name}`,
		data: organisationSchema.parse(parseYaml(readFileSync(path.join('content/organisations', name), 'utf8'))) as Organisation,
	}));
const typeOf = (id: string) => organisations.find((organisation) => organisation.id === id)?.data.type ?? 'news';
const claims = buildClaimViews(critiques, typeOf);

describe('the critiques layer', () => {
	test('every organisation, topic and provision reference resolves', async () => {
		const outlines = new Map<number, Set<string>>();
		for (const provision of provisions) {
			if (provision.data.kind === 'article') outlines.set(provision.data.number, new Set(partsOf(provision).map((part) => part.id)));
		}
		const problems = checkCommentary({ organisations, critiques, topicIds: new Set(topics.map((topic) => topic.id)), outlines });
		expect(problems.map(formatProblem)).toEqual([]);
	});

	test('every research record in ../shared/sources and sources/states is represented by a critique file', () => {
		// The research files: ../shared/sources/*.yaml and the States pass in ../shared/sources/states/*.yaml.
		const folders = ['../shared/sources', '../shared/sources/states'];
		const records = folders.flatMap((folder) =>
			readdirSync(folder)
				.filter((name) => name.endsWith('.yaml'))
				.flatMap((name) => (parseYaml(readFileSync(path.join(folder, name), 'utf8')) as { sources: Array<{ id: string }> }).sources.map((record) => record.id)),
		);
		expect(records.length).toBe(72 + 39);
		const covered = new Set(critiques.flatMap((critique) => critique.data.sourceIds));
		expect(records.filter((id) => !covered.has(id))).toEqual([]);
		for (const critique of critiques) {
			for (const id of critique.data.sourceIds) expect(records, `${critique.file}: sourceIds: ${id}`).toContain(id);
		}
	});

	test('every critique has a body summary in our words and at least one claim', () => {
		for (const critique of critiques) {
			expect(critique.body.trim().length, critique.file).toBeGreaterThan(80);
			expect(critique.data.claims.length, critique.file).toBeGreaterThan(0);
		}
	});

	test('at least 90% of claims point to a specific article, not only a range or the preamble', () => {
		const specific = claims.filter((view) => view.refs.some((ref) => ref.kind === 'article'));
		expect(specific.length / claims.length).toBeGreaterThanOrEqual(0.9);
	});

	test('each of the four mission topics has both concerns and responses', () => {
		for (const topic of ['offences', 'data-sharing', 'research-exemptions', 'human-rights-safeguards']) {
			const tagged = claims.filter((view) => view.claim.topics.includes(topic));
			expect(tagged.filter((view) => view.claim.side === 'concern').length, `${topic} concerns`).toBeGreaterThan(0);
			expect(tagged.filter((view) => view.claim.side === 'response').length, `${topic} responses`).toBeGreaterThan(0);
		}
	});

	test('every article of the four mission topics shows at least one critique or response', () => {
		const mission = new Set(['offences', 'data-sharing', 'research-exemptions', 'human-rights-safeguards']);
		const missing = provisions
			.filter((provision) => provision.data.kind === 'article' && provision.data.topics.some((topic) => mission.has(topic)))
			.map((provision) => (provision.data.kind === 'article' ? provision.data.number : 0))
			.filter((number) => commentaryOnArticle(claims, number).all.length === 0);
		expect(missing).toEqual([]);
	});

	test('everyone the two seed reports name can be found on the site', () => {
		const ids = new Set(organisations.map((organisation) => organisation.id));
		for (const id of ['un-secretary-general', 'viet-nam', 'tech-global-institute', 'meta', 'dell', 'infosys', 'european-union', 'canada', 'united-states', 'ohchr', 'tech-accord', 'microsoft', 'access-now', 'hrw', 'unodc']) {
			expect(ids.has(id), id).toBe(true);
		}
		const people = organisations.flatMap((organisation) => organisation.data.people.map((person) => person.name));
		for (const name of ['António Guterres', 'To Lam', 'Sabhanaz Rashid Diya', 'Raman Jit Singh Chima']) expect(people).toContain(name);
		const speakers = new Set(claims.flatMap((view) => view.speakers));
		for (const id of ['tech-accord', 'ohchr', 'access-now', 'unodc', 'un-secretary-general', 'viet-nam', 'tech-global-institute']) {
			expect(speakers.has(id), `${id} has a claim`).toBe(true);
		}
	});

	test('draft numbering is declared wherever a claim carries a draft reference', () => {
		for (const critique of critiques) {
			if (critique.data.claims.some((claim) => claim.draftReference)) expect(critique.data.numbering, critique.file).toBe('draft');
		}
	});
});
