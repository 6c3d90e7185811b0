import { describe, expect, it } from 'vitest';
import { findBrowser, noBrowserMessage, type BrowserLookup } from '../support/find-browser.ts';

const lookup = (fields: Partial<BrowserLookup>): BrowserLookup => ({
	env: {},
	isExecutable: () => false,
	packaged: () => Promise.reject(new Error('not installed')),
	platform: 'linux',
	...fields,
});

describe('findBrowser: the documented order', () => {
	it('1. CHROMIUM_PATH wins, and a wrong one is an error, not a fallback', async () => {
		await expect(findBrowser(lookup({ env: { CHROMIUM_PATH: '/opt/chrome' }, isExecutable: (file) => file === '/opt/chrome' || file === '/usr/bin/chromium' }))).resolves.toEqual({ executablePath: '/opt/chrome', source: 'CHROMIUM_PATH' });
		await expect(findBrowser(lookup({ env: { CHROMIUM_PATH: '/nope' }, isExecutable: (file) => file === '/usr/bin/chromium' }))).rejects.toThrow('CHROMIUM_PATH is set to /nope, which is not an executable file');
	});
	it('2. then a system Chromium or Chrome, Debian first', async () => {
		await expect(findBrowser(lookup({ isExecutable: (file) => file === '/usr/bin/google-chrome' }))).resolves.toEqual({ executablePath: '/usr/bin/google-chrome', source: 'system' });
		await expect(findBrowser(lookup({ isExecutable: (file) => file.includes('chrom') }))).resolves.toMatchObject({ executablePath: '/usr/bin/chromium' });
	});
	it('3. then the Chromium inside @sparticuz/chromium, on Linux', async () => {
		await expect(findBrowser(lookup({ packaged: () => Promise.resolve('/tmp/chromium') }))).resolves.toEqual({ executablePath: '/tmp/chromium', source: '@sparticuz/chromium' });
	});
	it('none: one message saying what to install', async () => {
		await expect(findBrowser(lookup({}))).rejects.toThrow(noBrowserMessage);
		await expect(findBrowser(lookup({ platform: 'win32' }))).rejects.toThrow('install Chromium or Chrome');
	});
});
