/**
 * The critiques layer as the pages use it: every claim with its parsed references and speakers, and indexes from
 * provisions to the claims about them. Pure functions over plain data.
 */
import type { Claim, Critique, Quote } from '../schemas/critique.ts';
import type { OrganisationType } from '../schemas/organisation.ts';
import { articlesOf, parseCitation, refAnchor, type ProvisionRef } from './citation.ts';
import type { Located } from './integrity.ts';

/** One claim, ready to show. */
export interface ClaimView {
	/** Id of the critique file the claim comes from. */
	critiqueId: string;
	critique: Critique;
	claim: Claim;
	/** The claim's provisions, parsed. */
	refs: ProvisionRef[];
	/** Whose claim it is: `attributedTo`, or the critique's organisations. */
	speakers: string[];
	/** The stakeholder type of the first speaker, used to group claims. */
	stakeholderType: OrganisationType;
	/** The quotations tied to this claim. */
	quotes: Quote[];
}

/** Every claim of every critique, in date order (newest first), then in file order. */
export function buildClaimViews(critiques: ReadonlyArray<Located<Critique>>, typeOf: (organisationId: string) => OrganisationType): ClaimView[] {
	const sorted = [...critiques].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
	return sorted.flatMap(({ id, data }) =>
		data.claims.map((claim) => {
			const speakers = claim.attributedTo ?? data.organisations;
			return {
				critiqueId: id,
				critique: data,
				claim,
				refs: claim.provisions.flatMap((text) => parseCitation(text) ?? []),
				speakers,
				stakeholderType: typeOf(speakers[0] ?? data.organisations[0] ?? ''),
				quotes: data.quotes.filter((quote) => quote.claim === claim.id),
			};
		}),
	);
}

/** The claims about one article: those about the article as a whole (or a range that includes it), and those about each part. */
export interface ArticleCommentary {
	wide: ClaimView[];
	byPart: Map<string, ClaimView[]>;
	/** Every claim about the article, once. */
	all: ClaimView[];
}

export function commentaryOnArticle(views: readonly ClaimView[], article: number): ArticleCommentary {
	const wide: ClaimView[] = [];
	const byPart = new Map<string, ClaimView[]>();
	const all = new Set<ClaimView>();
	for (const view of views) {
		for (const ref of view.refs) {
			if (!articlesOf(ref).includes(article)) continue;
			all.add(view);
			const anchor = refAnchor(ref);
			if (anchor === undefined) {
				if (!wide.includes(view)) wide.push(view);
			} else {
				const list = byPart.get(anchor) ?? [];
				if (!list.includes(view)) list.push(view);
				byPart.set(anchor, list);
			}
		}
	}
	return { wide, byPart, all: [...all] };
}

/** The claims about the preamble. */
export function commentaryOnPreamble(views: readonly ClaimView[]): ClaimView[] {
	return views.filter((view) => view.refs.some((ref) => ref.kind === 'preamble'));
}

/** Claims grouped by stakeholder type, in the given order of types; empty groups are left out. */
export function groupByStakeholder(views: readonly ClaimView[], order: readonly OrganisationType[]): Array<[OrganisationType, ClaimView[]]> {
	return order.map((type) => [type, views.filter((view) => view.stakeholderType === type)] as [OrganisationType, ClaimView[]]).filter(([, list]) => list.length > 0);
}

/** How many concerns and responses a list of claims holds, and how many claims each stakeholder type made. */
export interface ClaimTally {
	concerns: number;
	responses: number;
	/** Stakeholder types in the given order, with their number of claims; types with none are left out. */
	byType: Array<[OrganisationType, number]>;
}

export function tallyClaims(views: readonly ClaimView[], order: readonly OrganisationType[]): ClaimTally {
	return {
		concerns: views.filter((view) => view.claim.side === 'concern').length,
		responses: views.filter((view) => view.claim.side === 'response').length,
		byType: groupByStakeholder(views, order).map(([type, list]) => [type, list.length]),
	};
}
