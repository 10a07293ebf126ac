/** Headless Chromium for the bench: one browser, a cold context per measured load. */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/chromium';
import { blockIdleStart, installMarks, type PageMarks } from './probes';

export const BUILD = 'build';
export const INDICATOR = '/indicator/life-expectancy/';
export const MB = 1e6;

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

export function launch(): Promise<Browser> {
	return chromium.launch(chromiumLaunchOptions);
}

/** A fresh context: empty HTTP cache, empty IndexedDB, the probes installed before any script */
export async function newContext(browser: Browser, options: { blockDuckDb?: boolean } = {}) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	// tsx compiles with keepNames: serialised functions call esbuild's `__name` helper.
	await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
	await context.addInitScript(installMarks);
	if (options.blockDuckDb) await context.addInitScript(blockIdleStart);
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
