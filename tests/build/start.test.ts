/** `npm start` (the README's first command) builds, then serves the site and prints its address. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('the start script builds, then serves the built site and prints the address it serves', async () => {
	const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
	const [build, serve] = (scripts.start ?? '').split(' && ');
	expect(build).toBe('npm run build');
	expect(serve).toMatch(/^astro preview --port \d+ --host 127\.0\.0\.1$/);
	// The serving half, on a port of its own (the build has run already: tests/build runs after `npm run build`).
	const port = 43000 + Math.floor(Math.random() * 900);
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', ...(serve ?? '').replace(/--port \d+/, `--port ${port}`).split(' ').slice(1)], { env: { ...process.env, NO_COLOR: '1' } });
	try {
		const address = await new Promise<string>((resolve, reject) => {
			let output = '';
			const timer = setTimeout(() => reject(new Error(`no address printed: ${output}`)), 30_000);
			child.stdout.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
				if (found) {
					clearTimeout(timer);
					resolve(found[0]);
				}
			});
		});
		expect(address).toBe(`http://127.0.0.1:${port}/`);
		const response = await fetch(`${address}articles/28/`);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('Hanoi Convention Explorer');
	} finally {
		child.kill();
	}
});
