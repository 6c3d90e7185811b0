/**
 * The names file, `/search-names.json`: every indexed page with its search title and the other names it goes by, so
 * that search can draw the pages a query names in memory, in the frame after a key, while Pagefind searches the full
 * text (src/client/search-engine.ts). Titles are the ones the pages give Pagefind (src/components/SearchData.astro).
 */
import { articlePath, preamblePath, statePath, topicPath } from './ids.ts';
import { provisionPageTitle, topicPageTitle } from './labels.ts';
import type { NamedPage } from './name-match.ts';
import type { SiteData } from './site-data.ts';

/** `link` turns a site path into the address readers follow (base path included). */
export function searchNames(site: SiteData, link: (path: string) => string): NamedPage[] {
	return [
		{ url: link(preamblePath), title: provisionPageTitle(site.preamble.data), kind: 'Article', names: site.preamble.data.searchTerms },
		...site.articles.map((article) => ({ url: link(articlePath(article.data.number)), title: provisionPageTitle(article.data), kind: 'Article', names: article.data.searchTerms })),
		...site.topics.map((topic) => ({ url: link(topicPath(topic.id)), title: topicPageTitle(topic.title), kind: 'Topic', names: [] })),
		...[...site.organisations.values()].map((organisation) => ({
			url: link(`/organisations/${organisation.id}/`),
			title: organisation.name,
			kind: 'Organisation',
			names: [organisation.shortName, ...organisation.aliases].filter((name) => name !== organisation.name),
		})),
		...site.states.map((record) => ({ url: link(statePath(record.code)), title: record.name, kind: 'State', names: record.commonName ? [record.commonName] : [] })),
		...site.critiques.map((critique) => ({ url: link(`/critiques/${critique.id}/`), title: critique.data.title, kind: 'Critique', names: [] })),
	];
}
