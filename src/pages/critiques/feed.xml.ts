/** Atom feed of the critiques, newest first: /critiques/feed.xml. */
import type { APIRoute } from 'astro';
import { critiquesFeed } from '../../lib/exports.ts';
import { getSiteData } from '../../lib/site-data.ts';
import { absoluteHref } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(critiquesFeed(await getSiteData(), (path) => absoluteHref(path, site)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
