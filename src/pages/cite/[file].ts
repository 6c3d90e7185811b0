/**
 * Bibliography downloads: every source, and the whole bibliography, as BibTeX (.bib), RIS (.ris) and CSL-JSON (.json):
 * /cite/bibliography.bib, /cite/<critique id>.ris, ...
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDate } from '../../lib/build-info.ts';
import { cslItem, formatBibliography, type CslItem } from '../../lib/bibliography.ts';
import { getSiteData } from '../../lib/site-data.ts';
import { absoluteHref } from '../../lib/urls.ts';

const formats = { bib: 'bibtex', ris: 'ris', json: 'csl-json' } as const;
const types = { bib: 'application/x-bibtex; charset=utf-8', ris: 'application/x-research-info-systems; charset=utf-8', json: 'application/vnd.citationstyles.csl+json; charset=utf-8' };

export const getStaticPaths = (async () => {
	const { critiques } = await getSiteData();
	const names = ['bibliography', ...critiques.map((entry) => entry.id)];
	return names.flatMap((name) => (Object.keys(formats) as Array<keyof typeof formats>).map((extension) => ({ params: { file: `${name}.${extension}` }, props: { name, extension } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
	const { name, extension } = props as { name: string; extension: keyof typeof formats };
	const { critiques, organisations } = await getSiteData();
	const names = new Map([...organisations.values()].map((organisation) => [organisation.id, organisation.name]));
	const items: CslItem[] = critiques
		.filter((entry) => name === 'bibliography' || entry.id === name)
		.map((entry) => cslItem(entry.id, entry.data, names, buildDate, absoluteHref(`/critiques/${entry.id}/`, site)));
	return new Response(formatBibliography(items, formats[extension]), { headers: { 'Content-Type': types[extension] } });
};
