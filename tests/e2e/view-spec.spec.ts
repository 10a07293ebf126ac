import type { Page } from '@playwright/test';
import { expect, test, dbReady } from './fixtures';

/** What a chart draws, read from its marks: every element carrying data, with that data. */
async function marksOf(page: Page, chart: string): Promise<string[]> {
	const frame = page.locator(`figure[data-chart="${chart}"]`);
	await expect(frame).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
	await expect(frame.locator('svg').first()).toBeVisible({ timeout: 30_000 });
	return frame.evaluate((figure) =>
		[...figure.querySelectorAll('svg *')].flatMap((el) => {
			const data = [...el.attributes]
				.filter((a) => a.name.startsWith('data-'))
				.map((a) => `${a.name}=${a.value}`)
				.sort();
			return data.length ? [`${el.tagName}:${data.join(' ')}`] : [];
		})
	);
}

async function copiedLink(page: Page, chart: string): Promise<string> {
	const frame = page.locator(`figure[data-chart="${chart}"]`);
	await frame.getByRole('button', { name: 'Copy link' }).click();
	await expect(frame.getByText(/Link copied/)).toBeVisible();
	return page.evaluate(() => navigator.clipboard.readText());
}

test('every chart of an indicator page is reproduced from its copied link alone', async ({
	page,
	browser,
	context
}) => {
	// Five fresh pages, each starting its own DuckDB.
	test.setTimeout(240_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('./indicator/labour-force-participation/');
	await dbReady(page);
	await page.getByRole('button', { name: 'Male', exact: true }).click();
	await page.getByLabel('Year', { exact: true }).selectOption('2010');
	await page.getByRole('button', { name: 'Mainland' }).click();
	for (const chart of ['ranked', 'map', 'trend', 'multiples', 'gender-gap']) {
		const marks = await marksOf(page, chart);
		expect(marks.length, chart).toBeGreaterThan(0);
		const title = await page.locator(`figure[data-chart="${chart}"] .chart-title`).textContent();
		const link = await copiedLink(page, chart);
		expect(link).toContain(`chart=${chart}`);
		const fresh = await browser.newPage();
		await fresh.goto(link);
		await expect(fresh.locator(`figure[data-chart="${chart}"] .chart-title`)).toHaveText(title!, {
			timeout: 30_000
		});
		expect(await marksOf(fresh, chart), chart).toEqual(marks);
		await fresh.close();
	}
});

test('the scatter is reproduced from its copied link alone', async ({ page, browser, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('./scatter/');
	await dbReady(page);
	await page.getByLabel('Vertical axis').selectOption('life-expectancy');
	await page.getByLabel('Accept values up to').selectOption('2');
	const marks = await marksOf(page, 'scatter');
	const link = await copiedLink(page, 'scatter');
	const fresh = await browser.newPage();
	await fresh.goto(link);
	await expect(fresh.getByLabel('Vertical axis')).toHaveValue('life-expectancy');
	expect(await marksOf(fresh, 'scatter')).toEqual(marks);
	await fresh.close();
});

test('a link with parts that cannot be used says so and shows the default for them', async ({
	page
}) => {
	await page.goto('./indicator/life-expectancy/');
	const defaultMarks = await marksOf(page, 'ranked');
	await page.goto('./indicator/life-expectancy/?chart=pie&year=1492&sex=other');
	await expect(page.locator('.spec-problems')).toContainText('chart=pie');
	await expect(page.locator('.spec-problems')).toContainText('year=1492');
	await expect(page.locator('.spec-problems')).toContainText('sex=other');
	expect(await marksOf(page, 'ranked')).toEqual(defaultMarks);

	await page.goto('./th/indicator/life-expectancy/?year=abc');
	await expect(page.locator('.spec-problems')).toContainText('ลิงก์นี้มีบางส่วนที่ใช้ไม่ได้');
});

test('an embed of an unknown chart says so and links the charts there are, not a blank page', async ({
	page
}) => {
	await page.goto('./indicator/life-expectancy/?embed=1&chart=nonsense');
	await expect(page.getByRole('alert')).toContainText('“nonsense”');
	await expect(page.getByRole('alert').getByRole('link')).not.toHaveCount(0);
	await expect(page.locator('figure[data-chart="trend"]')).toHaveCount(0);
});

test.describe('before the database answers', () => {
	// The engine's files are held back, never answered, so the page stays before its first answer.
	test.use({ serviceWorkers: 'block' });

	test('a shared link shows a quiet loading state, never the default chart', async ({ page }) => {
		await page.route(/duckdb.*\.(wasm|js)$/, () => {});
		await page.goto('./indicator/labour-force-participation/?sex=male&year=2010&chart=ranked');
		const ranked = page.locator('figure[data-chart="ranked"]');
		await expect(ranked.locator('.loading')).toBeVisible();
		await expect(ranked).toHaveAttribute('aria-busy', 'true');
		// The prerendered default view (each member's latest value, women) is gone, not flashed.
		await expect(ranked.locator('svg .row')).toHaveCount(0);
		await expect(page.locator('footer .db-status')).not.toHaveAttribute('data-phase', 'ready');
	});
});
