/**
 * Links inside the site. Every internal link goes through `href()`, so the site works when it is served from a
 * sub-path (a GitHub Pages project site): `href('/articles/28/')` is `/articles/28/` at the root and
 * `/hanoi-convention/articles/28/` under BASE_PATH=/hanoi-convention/.
 */
const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** The address of a site path under the configured base path. */
export function href(path: string): string {
	if (!path.startsWith('/')) throw new Error(`href() takes a site path starting with "/", got "${path}"`);
	return `${base}${path}`;
}

/** The full address of a site path (for feeds, exports and citations, which are read away from the site). */
export function absoluteHref(path: string, site: URL | undefined): string {
	return new URL(href(path), site).href;
}

/** Whether a site path is the current page or a page below it (for `aria-current`). */
export function isCurrent(currentPathname: string, path: string, exact = false): boolean {
	const here = currentPathname.replace(/\/?$/, '/');
	const target = href(path).replace(/\/?$/, '/');
	return exact ? here === target : here.startsWith(target);
}
