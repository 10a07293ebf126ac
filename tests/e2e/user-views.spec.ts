import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { importNow, openMyData, upload } from './upload-helpers';

/** A small tidy export written by the test, so its values are known without any fixture. */
function tidyFile(): { path: string; values: Record<string, Record<number, number>> } {
	const values: Record<string, Record<number, number>> = {
		THA: { 2018: 41.5, 2019: 43.25, 2020: 44 },
		VNM: { 2018: 30.1, 2019: 31.7, 2020: 33.2 },
		LAO: { 2019: 12.9 }
	};
	const lines = ['country,year,value'];
	for (const [iso3, byYear] of Object.entries(values)) {
		for (const [year, value] of Object.entries(byYear)) lines.push(`${iso3},${year},${value}`);
	}
	const dir = mkdtempSync(join(tmpdir(), 'asean-upload-'));
	const path = join(dir, 'care_home_places_per_1000.csv');
	writeFileSync(path, lines.join('\n') + '\n');
	return { path, values };
}

test('an uploaded indicator appears on the home page, in its own chart page, in the country profile and in the scatter', async ({
	page
}) => {
	const { path, values } = tidyFile();
	await openMyData(page);
	await upload(page, path);
	await importNow(page);

	await page.goto('./');
	const card = page.locator('section[data-group="mine"] li.card');
	await expect(card).toHaveCount(1, { timeout: 15_000 });
	await expect(card).toContainText('care_home_places_per_1000.csv');
	await card.getByRole('link').click();

	await expect(page).toHaveURL(/\/mine\/\?id=/);
	// An upload's page is built by the in-browser engine, which starts on this navigation.
	await expect(page.locator('.badge')).toHaveText('Your data', { timeout: 30_000 });
	const bars = page.locator('[data-chart="ranked"] svg .row');
	await expect(bars).toHaveCount(11, { timeout: 30_000 });
	await expect(page.locator('[data-chart="ranked"] .row[data-iso3="THA"]')).toHaveAttribute(
		'data-value',
		String(values.THA[2020])
	);
	// The page opens on each member's latest value: Lao PDR's is from 2019. Without a precision
	// set at import, values show the decimals the file's values carry (here 2).
	await expect(page.locator('[data-chart="ranked"] .row[data-iso3="LAO"]')).toHaveAttribute(
		'data-value',
		String(values.LAO[2019])
	);
	await expect(page.locator('[data-chart="ranked"] .row[data-iso3="LAO"]')).toHaveAttribute(
		'aria-label',
		/12\.90 \(2019\)/
	);
	await expect(page.locator('[data-chart="trend"] g.series[data-iso3="VNM"]')).toHaveAttribute(
		'data-points',
		'3'
	);
	await expect(page.locator('[data-chart="map"] [data-iso3="THA"]').first()).toHaveAttribute(
		'data-value',
		String(values.THA[2020])
	);

	await page.goto('./country/THA/');
	const row = page.locator('section[data-group="mine"] tr').filter({ hasText: 'care_home' });
	await expect(row.first()).toBeVisible({ timeout: 30_000 });
	await expect(row.first().locator('td.value')).toHaveText('44.00');

	await page.goto('./scatter/');
	await expect(
		page.getByLabel('Vertical axis').locator('optgroup[label="My data"] option')
	).toHaveCount(1);
});
