/** The link-preview card of each page, 1200x630 PNG, drawn at build time: /og/articles/28.png (src/og/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import path from 'node:path';
import { allCards, type CardData } from '../../og/cards.ts';
import { renderCard } from '../../og/render.ts';
import { getSiteData } from '../../lib/site-data.ts';

/** Drawn cards are kept beside Astro's own cache, so each test build with its own cache starts clean. */
const cacheDir = path.join(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'og-cards');

export const getStaticPaths = (async () => (allCards(await getSiteData())).map((card) => ({ params: { card: card.path }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(new Uint8Array(await renderCard((props as { card: CardData }).card, cacheDir)), { headers: { 'Content-Type': 'image/png' } });
