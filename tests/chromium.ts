import { existsSync } from 'node:fs';

/**
 * The browser both the tests and the benchmark drive. Playwright cannot download its own here, so
 * Debian's chromium is used when present; without the background-networking flags it keeps trying
 * to reach outside hosts.
 */
export const chromiumLaunchOptions = {
	executablePath:
		process.env.CHROMIUM_PATH ??
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};
