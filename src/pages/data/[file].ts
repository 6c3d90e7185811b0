/**
 * Open data: /data/provisions.json, critiques.json, claims.json, organisations.json, participants.json and .csv, annotations.jsonld, claims.csv and
 * its CSVW metadata, claims.csv-metadata.json.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { annotationsExport, claimsCsv, claimsCsvMetadata, claimsExport, concordanceExport, critiquesExport, organisationsExport, participantsCsv, participantsExport, provisionsExport, type Absolute } from '../../lib/exports.ts';
import { getSiteData, type SiteData } from '../../lib/site-data.ts';
import { absoluteHref } from '../../lib/urls.ts';

const files = {
	'provisions.json': { type: 'application/json', build: provisionsExport },
	'critiques.json': { type: 'application/json', build: critiquesExport },
	'claims.json': { type: 'application/json', build: claimsExport },
	'organisations.json': { type: 'application/json', build: organisationsExport },
	'participants.json': { type: 'application/json', build: participantsExport },
	'concordance.json': { type: 'application/json', build: concordanceExport },
	'annotations.jsonld': { type: 'application/ld+json', build: annotationsExport },
	'claims.csv-metadata.json': { type: 'application/csvm+json', build: (_data: SiteData, absolute: Absolute) => claimsCsvMetadata(absolute) },
} as const;

export const getStaticPaths = (() => [...Object.keys(files), 'claims.csv', 'participants.csv'].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const data = await getSiteData();
	const absolute: Absolute = (path) => absoluteHref(path, site);
	const file = params.file ?? '';
	if (file === 'claims.csv') return new Response(claimsCsv(data, absolute), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	if (file === 'participants.csv') return new Response(participantsCsv(data, absolute), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	const spec = files[file as keyof typeof files];
	return new Response(`${JSON.stringify(spec.build(data, absolute), null, 2)}\n`, { headers: { 'Content-Type': `${spec.type}; charset=utf-8` } });
};
