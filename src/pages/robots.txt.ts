/** robots.txt: every page may be indexed; the sitemap (made by @astrojs/sitemap) is named with its full address. */
import type { APIRoute } from 'astro';
import { absoluteHref } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteHref('/sitemap-index.xml', site)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
