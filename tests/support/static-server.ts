/** A minimal static file server for a built site, on a free port of 127.0.0.1, optionally under a base path. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Test-only route: axe-core, served as a same-origin file so the pages' Content-Security-Policy lets it run. */
export const axeRoute = '/__test__/axe.min.js';
const axeFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
};

export interface StaticSite {
	/** Origin plus base path, ending in "/": `http://127.0.0.1:PORT/base/`. */
	url: string;
	close(): Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
	const server: Server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (pathname === axeRoute) {
			response.writeHead(200, { 'content-type': types['.js'] ?? '' });
			createReadStream(axeFile).pipe(response);
			return;
		}
		if (!pathname.startsWith(base)) {
			response.writeHead(404).end('not found');
			return;
		}
		let file = path.join(root, pathname.slice(base.length));
		if (!file.startsWith(root)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!existsSync(file)) {
			response.writeHead(404, { 'content-type': types['.html'] ?? '' });
			createReadStream(path.join(root, '404.html')).pipe(response);
			return;
		}
		response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
