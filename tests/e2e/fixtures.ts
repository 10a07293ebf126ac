import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every browser test fails on a console error, an uncaught exception, or any request that leaves
 * the origin: the dashboard must work offline and never send anything elsewhere.
 */
export const test = base.extend<{ guard: void; expectedConsoleErrors: RegExp | null }>({
	/** Console errors a test provokes on purpose (e.g. by blocking the database) */
	expectedConsoleErrors: [null, { option: true }],
	guard: [
		async ({ page, baseURL, expectedConsoleErrors }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL!).origin;
			// A Content-Security-Policy violation is a failure even when the page recovers from it.
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) =>
					console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`)
				);
			});
			page.on('console', (message) => {
				const text = message.text();
				if (message.type() === 'error' && !expectedConsoleErrors?.test(text)) {
					problems.push(`console error: ${text}`);
				}
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
					problems.push(`request left the origin: ${url}`);
				}
			});
			await use();
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The in-browser database has started (the footer says so); slow machines take a while. */
/**
 * Clicks `button` until the browser downloads something, and returns that download: a click that
 * lands before the prerendered page has hydrated does nothing.
 */
export async function downloadFrom(
	page: import('@playwright/test').Page,
	button: import('@playwright/test').Locator
): Promise<import('@playwright/test').Download> {
	let download: import('@playwright/test').Download | undefined;
	await expect(async () => {
		[download] = await Promise.all([
			page.waitForEvent('download', { timeout: 5_000 }),
			button.click()
		]);
	}).toPass({ timeout: 45_000 });
	if (!download) throw new Error('no download');
	return download;
}

export const dbReady = (page: import('@playwright/test').Page) =>
	expect(page.locator('footer .db-status')).toHaveAttribute('data-phase', 'ready', {
		timeout: 30_000
	});

export interface CsvObservation {
	indicator_id: string;
	iso3: string;
	year: number;
	sex: string;
	value: string;
	flag: string;
}

/** The committed dataset, read the way an outside checker would: straight from the CSV file. */
export function readObservations(): CsvObservation[] {
	const text = readFileSync(resolve('static/data/observations.csv'), 'utf8');
	const [header, ...lines] = text.trim().split('\n');
	const columns = header.split(',');
	return lines.map((line) => {
		const cells = line.split(',');
		const row = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
		return { ...row, year: Number(row.year) } as unknown as CsvObservation;
	});
}

export interface CatalogEntry {
	id: string;
	group: string;
	name: { en: string; th: string };
	sexes?: string[];
}

export function readCatalog(): CatalogEntry[] {
	return JSON.parse(readFileSync(resolve('static/data/catalog.json'), 'utf8'));
}

/** The indicator with the best coverage in one year, for the sex shown by default. */
export function wellCoveredIndicator() {
	const rows = readObservations();
	const counts = new Map<string, number>();
	for (const r of rows) {
		const key = `${r.indicator_id}|${r.sex}|${r.year}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const best = [...counts.entries()]
		.filter(([key]) => key.split('|')[1] === 'total')
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
	const [id, sex, year] = best.split('|');
	const own = rows.filter((r) => r.indicator_id === id);
	const latestYear = Math.max(...own.filter((r) => r.sex === sex).map((r) => r.year));
	// A page opens on each member's most recent value, for the default sex.
	const latestRows = [...new Set(own.map((r) => r.iso3))].flatMap((iso3) =>
		own
			.filter((r) => r.iso3 === iso3 && r.sex === sex)
			.sort((a, b) => b.year - a.year)
			.slice(0, 1)
	);
	const oldestLatest = Math.min(...latestRows.map((r) => r.year));
	return { id, sex, year: Number(year), latestYear, oldestLatest, latestRows, rows: own };
}
