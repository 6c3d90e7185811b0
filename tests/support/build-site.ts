/** Runs `astro build` in a child process with extra environment (another base path, another content folder). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface BuildResult {
	status: number | null;
	/** stdout and stderr together, without colour codes. */
	output: string;
}

/** Variables Vitest sets for the code under test; a child build must not inherit them (BASE_URL would win over base). */
const vitestOnly = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']);

export function buildSite(env: Record<string, string>): BuildResult {
	const astro = path.resolve('node_modules/astro/bin/astro.mjs');
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestOnly.has(key)));
	const result = spawnSync(process.execPath, [astro, 'build'], {
		env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		encoding: 'utf8',
		timeout: 240_000,
	});
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return { status: result.status, output };
}
