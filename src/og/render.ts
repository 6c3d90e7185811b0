/**
 * Drawing a card (cards.ts) as a 1200x630 PNG: satori lays it out as SVG with fonts shipped through npm
 * (@fontsource: Source Serif 4 and Inter, as WOFF, latin, latin-ext and Vietnamese), @resvg/resvg-js turns it into
 * PNG. Images are cached on disk by a hash of the card's words and this file's version, so an unchanged card is
 * never drawn twice (the cache lives in Astro's cache folder).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardData } from './cards.ts';

/** Change when the drawing changes, so cached images are redrawn. */
const drawingVersion = '1';
export const cardSize = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
const fontFile = (family: string, subset: string, weight: number) => readFileSync(require.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
	fonts ??= ['latin', 'latin-ext', 'vietnamese'].flatMap((subset) => [
		{ name: 'Source Serif', data: fontFile('source-serif-4', subset, 600), weight: 600 as const, style: 'normal' as const },
		{ name: 'Inter', data: fontFile('inter', subset, 400), weight: 400 as const, style: 'normal' as const },
		{ name: 'Inter', data: fontFile('inter', subset, 600), weight: 600 as const, style: 'normal' as const },
	]);
	return fonts;
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: Node[] | string } };
const box = (style: Record<string, string | number>, children: Node[] | string): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** The card's layout: the site's colours (cream paper, ink, link blue), a blue bar, the title large in serif. */
export function cardTree(card: CardData): Node {
	const titleSize = card.title.length > 110 ? 46 : card.title.length > 70 ? 56 : 68;
	return box({ width: '100%', height: '100%', background: '#fdfcf9', color: '#1d1d1b', fontFamily: 'Inter' }, [
		box({ width: 18, height: '100%', background: '#1a4f9c' }, []),
		box({ flexDirection: 'column', justifyContent: 'space-between', padding: '56px 64px', flex: 1 }, [
			box({ flexDirection: 'column' }, [
				box({ fontSize: 26, fontWeight: 600, color: '#1a4f9c', marginBottom: 28 }, card.eyebrow.length > 90 ? `${card.eyebrow.slice(0, 88)}…` : card.eyebrow),
				box({ fontFamily: 'Source Serif', fontSize: titleSize, fontWeight: 600, lineHeight: 1.15 }, card.title.length > 160 ? `${card.title.slice(0, 158)}…` : card.title),
			]),
			box({ flexDirection: 'column' }, [
				box({ fontSize: 30, color: '#1d1d1b', marginBottom: 24 }, card.detail),
				box({ justifyContent: 'space-between', fontSize: 22, color: '#55534d', borderTop: '2px solid #d9d5ca', paddingTop: 18 }, [
					box({}, 'Hanoi Convention Explorer'),
					box({}, "Editors' summaries, not the official text"),
				]),
			]),
		]),
	]);
}

/** The PNG of a card, from the cache when its words have not changed. */
export async function renderCard(card: CardData, cacheDir: string): Promise<Buffer> {
	const key = createHash('sha256').update(JSON.stringify([drawingVersion, card])).digest('hex').slice(0, 24);
	const cached = path.join(cacheDir, `${key}.png`);
	if (existsSync(cached)) return readFileSync(cached);
	const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], { ...cardSize, fonts: loadFonts() });
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width } }).render().asPng();
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(cached, png);
	return png;
}
