import { describe, expect, test } from 'vitest';
import { buildClaimViews, commentaryOnArticle, commentaryOnPreamble, groupByStakeholder } from '../../../src/lib/commentary.ts';
import type { Critique } from '../../../src/schemas/critique.ts';
import type { OrganisationType } from '../../../src/schemas/organisation.ts';
import { critiqueFixture } from '../../support/critique-fixture.ts';

const types: Record<string, OrganisationType> = { eff: 'ngo', reuters: 'news', ohchr: 'un-human-rights', unodc: 'un-secretariat' };
const typeOf = (id: string) => types[id] ?? 'news';

function views() {
	const older: Critique = { ...critiqueFixture(), date: '2023-08' };
	const news: Critique = {
		...critiqueFixture(),
		organisations: ['reuters'],
		stance: 'reports',
		date: '2025-10-22',
		claims: [
			{ id: 'ohchr', side: 'concern', provisions: ['28'], topics: ['scope'], attributedTo: ['ohchr'], summary: 'Reports that OHCHR warned about vague drafting.' },
			{ id: 'unodc', side: 'response', provisions: ['preamble', '6'], topics: ['human-rights-safeguards'], attributedTo: ['unodc'], summary: 'Reports that UNODC says the text protects rights.' },
		],
		quotes: [],
	};
	return buildClaimViews(
		[
			{ id: 'older', file: 'older.md', data: older },
			{ id: 'news', file: 'news.md', data: news },
		],
		typeOf,
	);
}

describe('commentary', () => {
	test('claims come newest first, with parsed references, speakers, stakeholder type and quotes', () => {
		const all = views();
		expect(all.map((view) => `${view.critiqueId}#${view.claim.id}`)).toEqual(['news#ohchr', 'news#unodc', 'older#powers', 'older#scope']);
		expect(all[0]?.speakers).toEqual(['ohchr']);
		expect(all[0]?.stakeholderType).toBe('un-human-rights');
		expect(all[2]?.stakeholderType).toBe('ngo');
		expect(all[2]?.quotes.map((quote) => quote.text)).toEqual(['a surveillance treaty in all but name']);
		expect(all[3]?.refs).toEqual([{ kind: 'range', from: 7, to: 11 }, { kind: 'article', article: 35, paragraph: '1', point: 'c' }]);
	});

	test('an article gets its whole-article claims and the claims on each part; a range counts for each article in it', () => {
		const on28 = commentaryOnArticle(views(), 28);
		expect(on28.wide.map((view) => view.claim.id)).toEqual(['ohchr']);
		expect([...on28.byPart.keys()]).toEqual(['p4']);
		expect(on28.byPart.get('p4')?.map((view) => view.claim.id)).toEqual(['powers']);
		expect(on28.all).toHaveLength(2);
		expect(commentaryOnArticle(views(), 9).wide.map((view) => view.claim.id)).toEqual(['scope']);
		expect(commentaryOnArticle(views(), 35).byPart.get('p1-c')?.map((view) => view.claim.id)).toEqual(['scope']);
		expect(commentaryOnArticle(views(), 50).all).toEqual([]);
		expect(commentaryOnPreamble(views()).map((view) => view.claim.id)).toEqual(['unodc']);
	});

	test('grouping by stakeholder type keeps the given order and drops empty groups', () => {
		const groups = groupByStakeholder(views(), ['un-secretariat', 'ngo', 'company', 'un-human-rights']);
		expect(groups.map(([type, list]) => `${type}:${list.length}`)).toEqual(['un-secretariat:1', 'ngo:2', 'un-human-rights:1']);
	});
});
