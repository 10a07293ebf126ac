import AxeBuilder from '@axe-core/playwright';
import { expect, readCatalog, readObservations, test } from './fixtures';

async function expectNoSeriousViolations(page: import('@playwright/test').Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

test('a country profile shows each indicator with its latest value and year, as in the CSV', async ({
	page
}) => {
	await page.goto('./country/THA/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Thailand');
	const rows = readObservations();
	const catalog = readCatalog();
	const profileRows = page.locator('table.profile tbody tr');
	await expect(profileRows).toHaveCount(catalog.length);
	// Check a handful of indicators against the committed dataset.
	for (const indicator of catalog.filter((_, i) => i % 7 === 0)) {
		const row = page.locator(`tr[data-indicator="${indicator.id}"]`);
		const own = rows.filter((r) => r.indicator_id === indicator.id && r.iso3 === 'THA');
		const sexes = new Set(rows.filter((r) => r.indicator_id === indicator.id).map((r) => r.sex));
		const sex = sexes.has('total') ? 'total' : [...sexes][0];
		const mine = own.filter((r) => r.sex === sex).sort((a, b) => a.year - b.year);
		if (mine.length === 0 || (indicator as { defaultSex?: string }).defaultSex) continue;
		const last = mine[mine.length - 1];
		await expect(row.locator('td').nth(1)).toHaveText(String(last.year));
		const shown = (await row.locator('td.value').innerText()).replace(/,/g, '');
		expect(Number(shown)).toBe(Number(last.value));
	}
});

test('a member without data for an indicator says "no data"', async ({ page }) => {
	const rows = readObservations();
	const catalog = readCatalog();
	const missing = catalog.find(
		(i) => !rows.some((r) => r.indicator_id === i.id && r.iso3 === 'BRN')
	);
	test.skip(!missing, 'Brunei has data for every indicator');
	await page.goto('./country/BRN/');
	await expect(page.locator(`tr[data-indicator="${missing!.id}"] td.nodata`)).toHaveText('no data');
});

test('the data gaps matrix shows latest year and count per member, and links to the chart', async ({
	page
}) => {
	await page.goto('./gaps/disability/');
	const rows = readObservations();
	const disability = readCatalog().filter((i) => i.group === 'disability');
	await expect(page.locator('table.gaps tbody tr')).toHaveCount(disability.length);
	for (const indicator of disability) {
		for (const iso3 of ['THA', 'PHL', 'BRN']) {
			const own = rows.filter((r) => r.indicator_id === indicator.id && r.iso3 === iso3);
			const cell = page.locator(`tr[data-indicator="${indicator.id}"] td[data-iso3="${iso3}"]`);
			const years = new Set(own.map((r) => r.year));
			await expect(cell).toHaveAttribute('data-years', String(years.size));
			if (years.size === 0) await expect(cell).toHaveClass(/none/);
			else await expect(cell.getByRole('link')).toContainText(String(Math.max(...years)));
		}
	}
	const firstLink = page.locator('td.cell a').first();
	await firstLink.click();
	await expect(page).toHaveURL(/\/indicator\/[^/]+\/\?countries=[A-Z]{3}/);
	await expect(page.locator('[data-chart="trend"] svg g.series')).toHaveCount(1, {
		timeout: 30_000
	});
});

test('country profile and data gaps pages have no serious accessibility violations', async ({
	page
}) => {
	// axe walks every row of two long pages (about 100 indicators each); slow on a busy machine.
	test.setTimeout(150_000);
	await page.goto('./country/VNM/');
	await expectNoSeriousViolations(page);
	await page.goto('./th/gaps/women/');
	await expectNoSeriousViolations(page);
});

test('the profile says which way a value moved with an arrow, and whether that is better in words', async ({
	page
}) => {
	// Maternal mortality: lower is better, so a fall is "↓ Fell … (better)", never an upward mark.
	const id = 'maternal-mortality-ratio';
	const own = readObservations()
		.filter((r) => r.indicator_id === id && r.iso3 === 'THA' && r.sex === 'total')
		.sort((a, b) => a.year - b.year);
	const [before, last] = own.slice(-2).map((r) => Number(r.value));
	await page.goto('./country/THA/');
	const cell = page.locator(`tr[data-indicator="${id}"] td.trend`);
	if (last < before) {
		await expect(cell).toContainText('↓');
		await expect(cell).toContainText('Fell since');
		await expect(cell).toContainText('(better)');
	} else if (last > before) {
		await expect(cell).toContainText('↑');
		await expect(cell).toContainText('Rose since');
		await expect(cell).toContainText('(worse)');
	}
	await expect(cell).not.toContainText('▲');
	await expect(cell).not.toContainText('▼');
});
