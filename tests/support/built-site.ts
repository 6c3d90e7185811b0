/**
 * Reading a built site (dist/ or another output folder): its pages, the ids in them, and the links between them.
 * The HTML is our own output, so attribute-level regular expressions are enough.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** All .html files below a folder, as paths relative to it. */
export function htmlFiles(root: string): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = path.join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith('.html')) found.push(path.relative(root, full));
		}
	};
	walk(root);
	return found.sort();
}

/** Values of an attribute in an HTML string, entity-decoded for &amp;. */
export function attributeValues(html: string, attribute: string): string[] {
	const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
	return [...html.matchAll(pattern)].map((match) => (match[1] ?? '').replaceAll('&amp;', '&'));
}

/** The ids in an HTML string. */
export function idsIn(html: string): Set<string> {
	return new Set(attributeValues(html, 'id'));
}

export interface BrokenLink {
	page: string;
	link: string;
	problem: string;
}

/**
 * Every internal link (href and src) of every page must lead to a file of the site, and its #fragment to an id on
 * that page. Internal links must start with the base path. Links to other hosts are not followed.
 */
export function brokenLinks(root: string, base = '/'): BrokenLink[] {
	const broken: BrokenLink[] = [];
	const idCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let ids = idCache.get(file);
		if (!ids) {
			ids = idsIn(readFileSync(file, 'utf8'));
			idCache.set(file, ids);
		}
		return ids;
	};
	const normalisedBase = base.endsWith('/') ? base : `${base}/`;

	for (const page of htmlFiles(root)) {
		const html = readFileSync(path.join(root, page), 'utf8');
		const pageUrl = `${normalisedBase}${page.replace(/index\.html$/, '')}`;
		for (const link of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]) {
			if (/^(https?:|mailto:)/.test(link)) continue;
			if (link.startsWith('/') && !link.startsWith(normalisedBase)) {
				broken.push({ page, link, problem: `does not start with the base path ${normalisedBase}` });
				continue;
			}
			const url = new URL(link, `http://site${pageUrl}`);
			const relative = decodeURIComponent(url.pathname).slice(normalisedBase.length);
			let file = path.join(root, relative);
			if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
			if (!existsSync(file)) {
				broken.push({ page, link, problem: 'no such page or file' });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && !idsOf(file).has(fragment)) broken.push({ page, link, problem: `no element with id "${fragment}"` });
		}
	}
	return broken;
}

/** A script file and every module it imports statically, as paths relative to the site root. */
function scriptClosure(root: string, file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(path.join(root, file), 'utf8');
	for (const match of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js|\/_astro\/[^"']+\.js)["']/g)) {
		const target = match[1]?.startsWith('/') ? match[1].slice(1) : path.join(path.dirname(file), match[1] ?? '');
		scriptClosure(root, target, seen);
	}
	return seen;
}

/** The JavaScript a page loads before any interaction (its module scripts and their static imports), raw and gzipped. */
export function pageScripts(root: string, page: string): { files: string[]; raw: number; gzip: number } {
	const html = readFileSync(path.join(root, page), 'utf8');
	const files = new Set<string>();
	for (const src of attributeValues(html, 'src').filter((value) => value.endsWith('.js'))) {
		for (const file of scriptClosure(root, src.replace(/^\//, ''))) files.add(file);
	}
	const contents = [...files].map((file) => readFileSync(path.join(root, file)));
	return {
		files: [...files],
		raw: contents.reduce((total, content) => total + content.length, 0),
		gzip: contents.reduce((total, content) => total + gzipSync(content).length, 0),
	};
}
