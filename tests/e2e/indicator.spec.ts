import AxeBuilder from '@axe-core/playwright';
import { expect, readCatalog, test, wellCoveredIndicator, dbReady } from './fixtures';

test('the ranked bars show all 11 members with the values of observations.csv for that year', async ({
	page
}) => {
	const { id, sex, year, rows } = wellCoveredIndicator();
	await page.goto(`./indicator/${id}/?year=${year}`);
	await dbReady(page);
	const bars = page.locator('[data-chart="ranked"] svg .row');
	await expect(bars).toHaveCount(11);
	const expected = new Map(
		rows.filter((r) => r.year === year && r.sex === sex).map((r) => [r.iso3, Number(r.value)])
	);
	await expect
		.poll(async () =>
			bars.evaluateAll((els) =>
				els.map((e) => [e.getAttribute('data-iso3'), e.getAttribute('data-value')])
			)
		)
		.toEqual(expect.arrayContaining([...expected].map(([iso3, value]) => [iso3, String(value)])));
	const shown = await bars.evaluateAll((els) =>
		els.map((e) => ({ iso3: e.getAttribute('data-iso3')!, value: e.getAttribute('data-value')! }))
	);
	for (const { iso3, value } of shown) {
		if (expected.has(iso3)) expect(Number(value)).toBe(expected.get(iso3));
		else expect(value).toBe('');
	}
	// Members without a value are drawn as "no data", never as a zero-length bar.
	const missing = shown.filter((s) => !expected.has(s.iso3)).length;
	await expect(page.locator('[data-chart="ranked"] .nodata-label')).toHaveCount(missing);
	// Values are ranked highest first.
	const values = shown.filter((s) => s.value !== '').map((s) => Number(s.value));
	expect(values).toEqual([...values].sort((a, b) => b - a));
});

test('changing the year re-queries DuckDB and the bars follow the CSV', async ({ page }) => {
	const { id, sex, rows } = wellCoveredIndicator();
	const years = [...new Set(rows.filter((r) => r.sex === sex).map((r) => r.year))].sort();
	const earlier = years[Math.floor(years.length / 2)];
	await page.goto(`./indicator/${id}/`);
	await dbReady(page);
	await page.getByLabel('Year', { exact: true }).selectOption(String(earlier));
	await expect(page).toHaveURL(new RegExp(`year=${earlier}`));
	await expect(page.locator('[data-chart="ranked"] .chart-title')).toContainText(String(earlier));
	const expected = rows.filter((r) => r.year === earlier && r.sex === sex);
	for (const r of expected) {
		await expect(page.locator(`[data-chart="ranked"] .row[data-iso3="${r.iso3}"]`)).toHaveAttribute(
			'data-value',
			String(Number(r.value))
		);
	}
});

test('the line chart draws exactly the chosen countries, and a copied link reproduces the view', async ({
	page,
	browser
}) => {
	const { id, sex, rows } = wellCoveredIndicator();
	await page.goto(`./indicator/${id}/`);
	await dbReady(page);
	await page.getByRole('button', { name: 'Clear' }).click();
	await page.getByRole('checkbox', { name: 'Thailand' }).check();
	await page.getByRole('checkbox', { name: 'Viet Nam' }).check();
	const series = page.locator('[data-chart="trend"] svg g.series');
	await expect(series).toHaveCount(2);
	await expect(series.nth(0)).toHaveAttribute('data-iso3', 'THA');
	await expect(series.nth(1)).toHaveAttribute('data-iso3', 'VNM');
	const thaYears = rows.filter((r) => r.iso3 === 'THA' && r.sex === sex).length;
	await expect(series.nth(0)).toHaveAttribute('data-points', String(thaYears));
	await expect(page).toHaveURL(/countries=THA%2CVNM/);

	const fresh = await browser.newPage();
	await fresh.goto(page.url());
	await expect(fresh.locator('[data-chart="trend"] svg g.series')).toHaveCount(2, {
		timeout: 30_000
	});
	await expect(fresh.getByRole('checkbox', { name: 'Thailand' })).toBeChecked();
	await expect(fresh.getByRole('checkbox', { name: 'Cambodia' })).not.toBeChecked();
	await fresh.close();
});

test('female and male side by side where the indicator has a sex breakdown', async ({ page }) => {
	const withSexes = readCatalog().find(
		(i) => i.sexes?.includes('female') && i.sexes?.includes('male')
	);
	test.skip(!withSexes, 'no indicator with a sex breakdown in the dataset');
	await page.goto(`./indicator/${withSexes!.id}/`);
	await dbReady(page);
	await page.getByRole('button', { name: 'Female vs male' }).click();
	await expect(page).toHaveURL(/sex=compare/);
	await expect(
		page.locator('[data-chart="ranked"] rect.bar[data-sex="male"]').first()
	).toBeVisible();
	await expect(
		page.locator('[data-chart="ranked"] rect.bar[data-sex="female"]').first()
	).toBeVisible();
});

test.describe('without the database', () => {
	// Blocking the engine makes its worker log load errors: those are the point of this test.
	test.use({ expectedConsoleErrors: /^Event$|duckdb worker|Failed to load resource/ });
	// page.route does not see what a service worker fetches: keep it out of this test.
	test.use({ serviceWorkers: 'block' });

	test('the first chart is painted from the prerendered page', async ({ page }) => {
		const { id } = wellCoveredIndicator();
		// The database never arrives: the default view must still be there.
		await page.route(/duckdb.*\.(wasm|js)$/, (route) => route.abort());
		await page.route(/observations\.arrow$/, (route) => route.abort());
		const failed: string[] = [];
		page.on('requestfailed', (r) => failed.push(r.url()));
		await page.goto(`./indicator/${id}/`);
		await expect(page.locator('[data-chart="ranked"] svg .row')).toHaveCount(11);
		await expect(page.locator('[data-chart="trend"] svg g.series').first()).toBeVisible();
		await expect(page.locator('footer .db-status')).toHaveAttribute('data-phase', 'error', {
			timeout: 30_000
		});
		expect(failed.length).toBeGreaterThan(0);
	});
});

test('the prerendered HTML already holds the bar chart', async ({ request }) => {
	const { id } = wellCoveredIndicator();
	const html = await (await request.get(`./indicator/${id}/`)).text();
	expect(html.match(/<g class="row[" ]/g)?.length).toBe(11);
});

test('the indicator page has no serious accessibility violations', async ({ page }) => {
	const { id } = wellCoveredIndicator();
	await page.goto(`./indicator/${id}/`);
	await dbReady(page);
	await page.getByRole('button', { name: 'Show the data as a table' }).first().click();
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
