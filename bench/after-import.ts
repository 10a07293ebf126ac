/**
 * The pages issue 9 names, opened after the largest upload (uploads stored) and in a fresh
 * context (none), and the upload's delete on My data: for bench/ingest.ts.
 */
import type { Browser, BrowserContext } from '@playwright/test';
import { newContext, waitForMarks } from './browser';
import type { PageMarks } from './probes';

/** For what a 100 MB upload makes slow: its import, and the pages after it */
export const LONG = { timeout: 300_000 };

export interface PageLoad {
	/**
	 * Navigation → the page answers: hydrated, and showing everything it will (with uploads:
	 * where they appear too). A prerendered page paints before it can answer input; held to its
	 * own first paint, a page with uploads would be timed for the hydration both need.
	 */
	completeMs: number | null;
	fcpMs: number;
	longestTaskMs: number;
	timedOut: boolean;
}

/**
 * The pages held against themselves without uploads after the largest import (issue 9: "the
 * home page, every country profile and the scatter answer as fast as without it"). `base` is
 * what the page shows in any case, `mine` what shows the uploads.
 */
export const AFTER_IMPORT: {
	page: string;
	base: (keyof PageMarks)[];
	mine: (keyof PageMarks)[];
}[] = [
	{ page: '/', base: ['fcp', 'hydrated', 'cardFrame'], mine: ['mineFrame'] },
	{ page: '/country/THA/', base: ['fcp', 'hydrated'], mine: ['mineFrame'] },
	{ page: '/country/VNM/', base: ['fcp', 'hydrated'], mine: ['mineFrame'] },
	{ page: '/country/IDN/', base: ['fcp', 'hydrated'], mine: ['mineFrame'] },
	{ page: '/scatter/', base: ['fcp', 'hydrated', 'scatterFrame'], mine: ['mineOptionFrame'] }
];

/** A full navigation to `path` in `context`; `withUploads` also waits for the uploads to show */
async function pageLoad(
	context: BrowserContext,
	base: string,
	target: (typeof AFTER_IMPORT)[number],
	withUploads: boolean
): Promise<PageLoad> {
	const page = await context.newPage();
	await page.goto(base + target.page);
	const wanted = withUploads ? [...target.base, ...target.mine] : target.base;
	let timedOut = false;
	try {
		await waitForMarks(page, wanted, LONG.timeout);
	} catch {
		timedOut = true;
	}
	// Let the page's own start-up tasks run, so that the longest task covers them too.
	await page.evaluate(() => new Promise((done) => setTimeout(done, 1000)));
	const marks = await page.evaluate(() => window.__bench);
	await page.close();
	const times = wanted.map((name) => marks[name] as number | undefined);
	return {
		completeMs: times.some((t) => t === undefined) ? null : Math.max(...(times as number[])),
		fcpMs: marks.fcp ?? NaN,
		longestTaskMs: marks.longestTask ?? 0,
		timedOut
	};
}

/** Every page of AFTER_IMPORT once, in `context` (uploads stored or not) */
export async function pagesAfter(context: BrowserContext, base: string, withUploads: boolean) {
	const loads: Record<string, PageLoad> = {};
	for (const target of AFTER_IMPORT)
		loads[target.page] = await pageLoad(context, base, target, withUploads);
	return loads;
}

/**
 * Deleting the upload on My data, with the engine started and the rows restored into it:
 * "Yes, delete" → the list no longer shows it (storage done), and → a query sees none of its
 * rows (the engine done; polled through the SQL console, so to within one round trip).
 */
export async function timedDelete(context: BrowserContext, base: string) {
	const page = await context.newPage();
	try {
		await page.goto(`${base}/data/`);
		await waitForMarks(page, ['dbReady'], LONG.timeout);
		const item = page.getByTestId('datasets').locator('li[data-dataset]').first();
		await item.getByRole('button', { name: /^Delete/ }).click();
		await item.getByRole('button', { name: 'Yes, delete' }).waitFor();
		const started = await page.evaluate(() => {
			const list = document.querySelector('[data-testid="datasets"]')!;
			const yes = [...list.querySelectorAll('button')].find(
				(b) => b.textContent?.trim() === 'Yes, delete'
			)!;
			const observer = new MutationObserver(() => {
				if (list.querySelector('li[data-dataset]')) return;
				observer.disconnect();
				window.__benchDeleted = performance.now();
			});
			observer.observe(list, { childList: true, subtree: true });
			const at = performance.now();
			yes.click();
			return at;
		});
		await page.waitForFunction(() => window.__benchDeleted !== undefined, null, LONG);
		const listed = (await page.evaluate(() => window.__benchDeleted!)) - started;
		const console = page.getByTestId('sql-console');
		let engine = NaN;
		for (let k = 0; k < 600 && Number.isNaN(engine); k++) {
			await console
				.getByLabel('SQL query')
				.fill(`SELECT count(*) AS n FROM observations WHERE flag = 'user'`);
			await console.locator('button[type=submit]').click();
			await page.waitForFunction(
				() =>
					!document.querySelector<HTMLButtonElement>(
						'[data-testid="sql-console"] button[type=submit]'
					)!.disabled,
				null,
				LONG
			);
			const cell = await console.getByTestId('sql-result').locator('td').first().textContent();
			if (cell?.trim() === '0') engine = (await page.evaluate(() => performance.now())) - started;
		}
		return { listedMs: listed, engineMs: engine };
	} finally {
		await page.close();
	}
}

export async function pagesWithout(browser: Browser, base: string) {
	const context = await newContext(browser);
	try {
		return await pagesAfter(context, base, false);
	} finally {
		await context.close();
	}
}
