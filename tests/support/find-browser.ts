/**
 * Where the browser tests (and the benchmarks) find Chromium, in this order:
 * 1. `CHROMIUM_PATH`, when set (it must point to an executable; a wrong setting is an error, not a fallback);
 * 2. a system Chromium or Chrome at the usual places (Debian's /usr/bin/chromium first, as .ci/run installs it);
 * 3. the Chromium shipped inside the npm package @sparticuz/chromium (a dev dependency: x64 and arm64 Linux, works
 *    offline, no system libraries needed), unpacked to the temporary folder on first use.
 * When none can be had, one error says what to install. Never a skip.
 */
import { accessSync, constants } from 'node:fs';

/** Places where a system Chromium or Chrome is usually installed, in the order they are tried. */
export const systemBrowsers = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
] as const;

export interface FoundBrowser {
	executablePath: string;
	/** How it was found: the setting, the system, or the npm package. */
	source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

export interface BrowserLookup {
	env: Record<string, string | undefined>;
	/** Whether a file exists and can be run. */
	isExecutable: (file: string) => boolean;
	/** The path of the packaged Chromium, unpacked; rejects when the package is missing or does not run here. */
	packaged: () => Promise<string>;
	platform: string;
}

export const noBrowserMessage = [
	'No Chromium for the browser tests. Any one of these fixes it:',
	'  - run `npm install` (it brings @sparticuz/chromium, used on x64 and arm64 Linux);',
	'  - install Chromium or Chrome (Debian/Ubuntu: `sudo apt-get install -y chromium`);',
	'  - set CHROMIUM_PATH to a Chromium or Chrome executable.',
].join('\n');

export async function findBrowser(lookup: BrowserLookup): Promise<FoundBrowser> {
	const setting = lookup.env.CHROMIUM_PATH;
	if (setting) {
		if (!lookup.isExecutable(setting)) throw new Error(`CHROMIUM_PATH is set to ${setting}, which is not an executable file. Unset it to let the tests find a browser, or point it to Chromium or Chrome.`);
		return { executablePath: setting, source: 'CHROMIUM_PATH' };
	}
	const system = systemBrowsers.find((file) => lookup.isExecutable(file));
	if (system) return { executablePath: system, source: 'system' };
	if (lookup.platform === 'linux') {
		try {
			return { executablePath: await lookup.packaged(), source: '@sparticuz/chromium' };
		} catch (error) {
			throw new Error(`${noBrowserMessage}\n(@sparticuz/chromium could not be used: ${(error as Error).message})`);
		}
	}
	throw new Error(noBrowserMessage);
}

/** The lookup on this machine. */
export const machineLookup: BrowserLookup = {
	env: process.env,
	isExecutable: (file) => {
		try {
			accessSync(file, constants.X_OK);
			return true;
		} catch {
			return false;
		}
	},
	packaged: async () => {
		const { default: packaged } = await import('@sparticuz/chromium');
		return packaged.executablePath();
	},
	platform: process.platform,
};
