/**
 * What each link-preview card says: one card per article, the preamble, critique, organisation, State and topic
 * page, from the same data as the page. Pure: the card's words, never its drawing (render.ts) or its route.
 * A card's `path` is its page's site path without slashes at the ends ("articles/28"); its image is
 * /og/<path>.png, and the home page and every other page use the site card ("site").
 */
import { commentaryOnArticle, commentaryOnPreamble } from '../lib/commentary.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { articleLabel, chapterLabel, participationStatusLabels, stakeholderLabels, stanceLabels, tallyLabel, topicPageTitle } from '../lib/labels.ts';
import type { SiteData } from '../lib/site-data.ts';

export interface CardData {
	/** Site path of the page, without slashes at the ends ("articles/28"; "site" for the default card). */
	path: string;
	/** Small line above the title: "Article 28 · Chapter IV. Procedural measures…". */
	eyebrow: string;
	/** The title, large. */
	title: string;
	/** The line under it: counts, publisher, date, stance, status. */
	detail: string;
	/** What the card shows, for the image's alt text. */
	alt: string;
}

const count = (concerns: number, responses: number) => tallyLabel(concerns, responses) || 'no commentary collected yet';

export function siteCard(): CardData {
	const title = 'The UN Convention against Cybercrime, article by article';
	const detail = 'Summaries, the critiques and responses on each provision, and who signed';
	return { path: 'site', eyebrow: 'Hanoi Convention Explorer', title, detail, alt: `${title}. ${detail}.` };
}

const made = new WeakMap<SiteData, CardData[]>();

/** Every card of the site, the site card first (made once per build: every page asks for its own). */
export function allCards(site: SiteData): CardData[] {
	const known = made.get(site);
	if (known) return known;
	const tally = (views: ReturnType<typeof commentaryOnPreamble>) => count(views.filter((view) => view.claim.side === 'concern').length, views.filter((view) => view.claim.side === 'response').length);
	const cards: CardData[] = [siteCard()];
	const preambleDetail = tally(commentaryOnPreamble(site.claims));
	cards.push({ path: 'preamble', eyebrow: 'Preamble', title: 'Preamble', detail: preambleDetail, alt: `Preamble of the UN Convention against Cybercrime: ${preambleDetail}.` });
	for (const article of site.articles) {
		const { number, title, chapter } = article.data;
		const chapterTitle = site.chapters.find((entry) => entry.number === chapter)?.title ?? '';
		const detail = tally(commentaryOnArticle(site.claims, number).all);
		cards.push({ path: `articles/${number}`, eyebrow: `${articleLabel(number)} · ${chapterLabel(chapter)}. ${chapterTitle}`, title, detail, alt: `${articleLabel(number)}, ${title} (${chapterLabel(chapter)}): ${detail}.` });
	}
	for (const critique of site.critiques) {
		const publisher = site.organisations.get(critique.data.organisations[0] ?? '')?.name ?? '';
		const detail = `${publisher} · ${formatPartialDate(critique.data.date)} · ${stanceLabels[critique.data.stance]}`;
		cards.push({ path: `critiques/${critique.id}`, eyebrow: 'Critique or response, summarised', title: critique.data.title, detail, alt: `${critique.data.title}: ${detail}.` });
	}
	for (const organisation of site.organisations.values()) {
		const claims = site.claims.filter((view) => view.speakers.includes(organisation.id));
		const detail = count(claims.filter((view) => view.claim.side === 'concern').length, claims.filter((view) => view.claim.side === 'response').length);
		cards.push({ path: `organisations/${organisation.id}`, eyebrow: stakeholderLabels[organisation.type].one, title: organisation.name, detail, alt: `${organisation.name} (${stakeholderLabels[organisation.type].one}): ${detail}.` });
	}
	for (const record of site.states) {
		const detail = `${participationStatusLabels[record.status].name} · as of ${formatPartialDate(site.participation.asOf)}`;
		cards.push({ path: `states/${record.code.toLowerCase()}`, eyebrow: record.kind === 'state' ? 'State' : 'Regional organisation', title: record.name, detail, alt: `${record.name}: ${detail}.` });
	}
	for (const topic of site.topics) {
		const views = site.claims.filter((view) => view.claim.topics.includes(topic.id));
		const detail = `${topic.provisions.length} provisions · ${tally(views)}`;
		cards.push({ path: `topics/${topic.id}`, eyebrow: 'Topic', title: topic.title, detail, alt: `${topicPageTitle(topic.title)}: ${detail}.` });
	}
	made.set(site, cards);
	return cards;
}
