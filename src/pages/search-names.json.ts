/**
 * /search-names.json: the names of every indexed page, fetched by the search code when a reader shows intent
 * (src/lib/search-names.ts).
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/site-data.ts';
import { searchNames } from '../lib/search-names.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(searchNames(await getSiteData(), href)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
