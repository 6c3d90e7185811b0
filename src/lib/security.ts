/**
 * The Content-Security-Policy every page carries (as a meta element, since static hosts such as GitHub Pages cannot
 * set headers; public/_headers repeats it as a header for hosts that can). Only the site's own files may load: no
 * inline scripts, no inline styles, nothing from other hosts. `wasm-unsafe-eval` lets Pagefind compile its
 * WebAssembly search engine; nothing else is evaluated. (frame-ancestors only works as a header.)
 */
export const contentSecurityPolicy = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');
