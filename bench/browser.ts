/** Headless Chromium for the bench: one browser, a cold context per measured load. */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/chromium';
import { installMarks, type PageMarks } from './probes';

export const BUILD = 'build';
export const INDICATOR = '/indicator/life-expectancy/';
export const MB = 1e6;

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

export function launch(): Promise<Browser> {
	return chromium.launch(chromiumLaunchOptions);
}

/** A fresh context: empty HTTP cache, empty IndexedDB, the probes installed before any script */
export async function newContext(browser: Browser, options: { blockDuckDb?: boolean } = {}) {
	// The service worker stores the whole site in the background after a first visit; a cold
	// run measures the page, not that download competing with it.
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		serviceWorkers: 'block'
	});
	// tsx compiles with keepNames: serialised functions call esbuild's `__name` helper.
	await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
	await context.addInitScript(installMarks);
	// The engine starts while the page hydrates; a first-view measure keeps its files out.
	if (options.blockDuckDb) {
		await context.route(/\.wasm$|duckdb-browser-[a-z]+\.worker|\/data\/observations\.arrow$/, (r) =>
			r.abort()
		);
	}
	return context;
}

export async function waitForMarks(page: Page, names: (keyof PageMarks)[], timeout = 30_000) {
	await page.waitForFunction(
		(wanted) => wanted.every((n) => window.__bench?.[n as keyof PageMarks] !== undefined),
		names,
		{ timeout }
	);
	return page.evaluate(() => window.__bench);
}

export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
