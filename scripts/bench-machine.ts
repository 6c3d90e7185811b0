/** The machine a benchmark ran on, written into every benchmark report so numbers are never read out of context. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { findBrowser, machineLookup } from '../tests/support/find-browser.ts';

export async function describeMachine() {
	const { executablePath, source } = await findBrowser(machineLookup);
	return {
		date: new Date().toISOString(),
		cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown'}`,
		memoryGiB: Math.round(os.totalmem() / 2 ** 30),
		platform: `${os.type()} ${os.release()}`,
		node: process.version,
		chromium: `${execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim().split('\n').at(-1)} (${source})`,
	};
}
