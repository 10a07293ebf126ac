import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, wellCoveredIndicator, dbReady } from './fixtures';
import { importNow, openMyData, upload } from './upload-helpers';

/** The service worker stores the whole site; on a shared 2-core machine that can take a while. */
const READY_TIMEOUT = 120_000;

const offlineStatus = (page: Page) => page.locator('footer .offline-status');

async function visitOnceUntilReady(page: Page, path = './') {
	await page.goto(path);
	await expect(offlineStatus(page)).toHaveAttribute('data-phase', 'ready', {
		timeout: READY_TIMEOUT
	});
}

/**
 * The footer's "offline" line follows `navigator.onLine`. Some Chromium builds (Debian's 150) keep
 * it true under Playwright's offline emulation although every request fails, so the line is held
 * to what the browser reports rather than to the emulation.
 */
async function expectOfflineLine(page: Page, words: string) {
	if (await page.evaluate(() => navigator.onLine))
		await expect(offlineStatus(page)).not.toContainText(words);
	else await expect(offlineStatus(page)).toContainText(words);
}

/** Every request that fails or answers with an error, from now on. */
function watchFailures(page: Page, context: BrowserContext): string[] {
	const failures: string[] = [];
	const record = (url: string, why: string) => failures.push(`${why} ${new URL(url).pathname}`);
	page.on('requestfailed', (r) => record(r.url(), `failed (${r.failure()?.errorText})`));
	page.on('response', (r) => {
		if (r.status() >= 400) record(r.url(), `HTTP ${r.status()}`);
	});
	context.on('weberror', (e) => failures.push(`page error ${e.error().message}`));
	return failures;
}

async function expectNoSeriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

function tidyFile(): string {
	const dir = mkdtempSync(join(tmpdir(), 'asean-offline-'));
	const path = join(dir, 'offline_pension_coverage.csv');
	writeFileSync(path, 'country,year,value\nTHA,2019,61.5\nTHA,2020,63\nVNM,2020,40.25\n');
	return path;
}

async function addToDeck(page: Page, chart: string) {
	const frame = page.locator(`[data-chart="${chart}"]`);
	await frame.locator('[data-add-to-deck]').click();
	await expect(frame.locator('.add-to-deck [role="status"]')).toContainText('Added as slide');
}

test.describe('with the network off after one visit', () => {
	test.describe.configure({ timeout: 240_000 });

	test('the dashboard, an indicator, a country profile, an uploaded chart and the deck in presenter mode still work', async ({
		page,
		context
	}) => {
		const { id, year } = wellCoveredIndicator();
		await openMyData(page);
		await upload(page, tidyFile());
		await importNow(page);
		await visitOnceUntilReady(page);
		await expect(offlineStatus(page)).toContainText('Ready for offline use');
		await expect(offlineStatus(page)).toContainText(/\d MB stored/);
		const mine = page.locator('section[data-group="mine"] li.card a');
		await expect(mine).toHaveCount(1, { timeout: 15_000 });
		const mineHref = await mine.getAttribute('href');
		const minePath = mineHref!.replace(/^(\.\.\/)+|^\//, './');

		// A deck of a shared chart and the uploaded one, made while online.
		await page.goto(`./indicator/${id}/`);
		await dbReady(page);
		await addToDeck(page, 'ranked');
		await page.goto(minePath);
		await expect(page.locator('.badge')).toHaveText('Your data', { timeout: 30_000 });
		await addToDeck(page, 'ranked');

		const failures = watchFailures(page, context);
		await context.setOffline(true);
		await page.reload();
		// The uploaded chart's page names its indicator once the engine has its rows: as below,
		// that can take more than the default 5 s on a busy runner (a clean CI run took 5.5 s).
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
		await expectOfflineLine(page, 'You are offline');

		// A full load of a stored page with a query string, and without its trailing slash, answers
		// from the stored copy (redirected to the slash, as its relative script paths need).
		await page.goto(`./indicator/${id}?year=${year}&countries=THA`);
		await expect(page).toHaveURL(new RegExp(`/indicator/${id}/\\?year=${year}&countries=THA$`));
		// A link's own view waits for the engine (a quiet loading state, never the default chart).
		await dbReady(page);
		await expect(page.locator('[data-chart="ranked"] svg .row')).toHaveCount(11);
		await expect(page.locator('[data-chart="trend"] svg g.series').first()).toBeVisible();

		// A client-side navigation loads the page's data from the stored copy too.
		await page.locator('.main-nav').getByRole('link', { name: 'Countries' }).click();
		await expect(page).toHaveURL(/\/country\/THA\/$/);
		await expect(page.locator('table.profile tbody tr').first()).toBeVisible();
		await dbReady(page);

		await page.goto('./th/country/VNM/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('เวียดนาม');
		await expectOfflineLine(page, 'ขณะนี้ออฟไลน์อยู่');
		// The upload's line comes from what was stored at import: no engine is started for it.
		await expect(page.locator('section[data-group="mine"] tbody tr')).toContainText('40.25');
		await expect(page.locator('footer .db-status')).toHaveAttribute('data-phase', 'idle');

		await page.goto(minePath);
		await expect(page.locator('.badge')).toHaveText('Your data', { timeout: 30_000 });
		await expect(page.locator('[data-chart="ranked"] .row[data-iso3="THA"]')).toHaveAttribute(
			'data-value',
			'63'
		);
		await dbReady(page);

		// The deck, presented by keyboard: the shared chart, then the uploaded one.
		await page.goto('./deck/');
		await expect(page.locator('li.slide-card')).toHaveCount(2);
		await page.locator('[data-deck-present]').click();
		await expect(page).toHaveURL(/\/present\/$/);
		await page.locator('[data-present-start]').click();
		const slide = page.locator('section.slide.current');
		await expect(slide.locator('[data-slide-chart="ranked"] svg .row')).toHaveCount(11, {
			timeout: 30_000
		});
		await page.keyboard.press('ArrowRight');
		await expect(slide).toHaveAttribute('data-slide', '2');
		await expect(slide.locator('.row[data-iso3="THA"]')).toHaveAttribute('data-value', '63', {
			timeout: 30_000
		});
		await page.keyboard.press('Escape');
		expect(failures).toEqual([]);
	});

	test.describe('an address never stored', () => {
		// The page's data that was never stored answers 503, which the browser logs; the user sees
		// the translated message instead.
		test.use({
			expectedConsoleErrors: /Failed to load resource: the server responded with a status of 503/
		});

		test('an address that was never stored says so in the page language', async ({
			page,
			context
		}) => {
			await visitOnceUntilReady(page, './th/');
			await expect(offlineStatus(page)).toContainText('พร้อมใช้งานแบบออฟไลน์');
			await context.setOffline(true);

			await page.goto('./th/indicator/not-stored-anywhere/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'หน้านี้ยังไม่ได้ถูกเก็บไว้สำหรับใช้งานแบบออฟไลน์'
			);
			await expectNoSeriousViolations(page);
			await page.getByRole('link', { name: 'ไปที่หน้าแรก' }).click();
			// Hydrated (the status is set by the app), so the link below is not replaced.
			await expect(offlineStatus(page)).toHaveAttribute('data-phase', 'ready');

			// The same address reached by a link inside the running app (a client-side navigation).
			await page.evaluate(() => {
				const link = document.createElement('a');
				link.href = 'indicator/not-stored-anywhere/';
				link.id = 'unstored';
				link.textContent = 'unstored';
				document.querySelector('main')!.append(link);
			});
			await page.locator('#unstored').click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'หน้านี้ยังไม่ได้ถูกเก็บไว้สำหรับใช้งานแบบออฟไลน์'
			);
			await expect(page.locator('main.error-page')).toHaveAttribute('data-kind', 'offline');
			await expectNoSeriousViolations(page);

			await page.goto('./no-such-page/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'This page is not stored for offline use'
			);
		});
	});
});
