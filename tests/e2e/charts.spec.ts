import { readFileSync } from 'node:fs';
import { expect, readCatalog, test, dbReady } from './fixtures';

async function download(page: import('@playwright/test').Page, frame: string, name: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`[data-chart="${frame}"]`).getByRole('button', { name, exact: true }).click()
	]);
	return readFileSync((await file.path())!).toString('utf8');
}

/** Digits after the decimal point of every number in a text. */
const fractionDigits = (text: string) =>
	[...text.matchAll(/\d[\d,]*\.(\d+)/g)].map((m) => m[1].length);

test('bar labels, tooltips and ticks show the display precision; the table keeps the exact value', async ({
	page
}) => {
	const indicator = (readCatalog() as unknown as { id: string; decimals: number }[]).find(
		(i) => i.id === 'maternal-mortality-ratio'
	)!;
	await page.goto(`./indicator/${indicator.id}/`);
	const labels = await page.locator('[data-chart="ranked"] svg text.value').allTextContents();
	expect(labels.length).toBeGreaterThan(3);
	for (const label of labels) {
		for (const digits of fractionDigits(label))
			expect(digits).toBeLessThanOrEqual(indicator.decimals);
	}
	const marks = await page
		.locator('[data-chart] svg [aria-label]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
	for (const label of marks) {
		for (const digits of fractionDigits(label.replace(/\b\d{4}\b/g, ''))) {
			expect(digits, label).toBeLessThanOrEqual(indicator.decimals);
		}
	}
	const exact = await page
		.locator('[data-chart="ranked"] svg .row')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-value')).filter(Boolean));
	await page.locator('[data-chart="ranked"] .table-toggle').click();
	const cells = await page.locator('[data-chart="ranked"] table td.num').allInnerTexts();
	const unrounded = exact.find((v) => (v!.split('.')[1] ?? '').length > indicator.decimals);
	if (unrounded) expect(cells.map((c) => c.replace(/,/g, ''))).toContain(unrounded);
});

test('tapping a bar shows its tooltip; focusing it by keyboard does too', async ({ browser }) => {
	const context = await browser.newContext({
		hasTouch: true,
		viewport: { width: 390, height: 844 }
	});
	const page = await context.newPage();
	await page.goto('./indicator/life-expectancy/');
	const bar = page.locator('[data-chart="ranked"] svg .row').first();
	await bar.tap();
	const tip = page.locator('[data-chart="ranked"] .tip');
	await expect(tip).toBeVisible();
	await expect(tip).toContainText((await bar.getAttribute('aria-label'))!.split(':')[0]);
	await page.locator('[data-chart="ranked"] svg .row').nth(1).focus();
	await expect(tip).toContainText(
		(await page.locator('[data-chart="ranked"] svg .row').nth(1).getAttribute('aria-label'))!
	);
	await context.close();
});

test('the line chart read-out follows the arrow keys', async ({ page }) => {
	await page.goto('./indicator/life-expectancy/');
	// Focus given to the prerendered line before the app starts shows no read-out.
	await dbReady(page);
	const line = page.locator('[data-chart="trend"] svg g.series').first();
	await line.focus();
	const readout = page.locator('[data-chart="trend"] [data-readout]');
	const last = Number(await readout.getAttribute('data-readout'));
	await page.keyboard.press('ArrowLeft');
	await expect(readout).not.toHaveAttribute('data-readout', String(last));
	const earlier = Number(await readout.getAttribute('data-readout'));
	expect(earlier).toBeLessThan(last);
	await expect(page.locator('[data-chart="trend"] .tip')).toContainText(String(earlier));
});

test('the map keeps its classes across years, and its SVG download keeps legend and small states', async ({
	page
}) => {
	await page.goto('./indicator/stunting/');
	await dbReady(page);
	const legend = page.locator('[data-chart="map"] [data-legend="map"]');
	await expect(legend).toBeVisible({ timeout: 15_000 });
	const first = await legend.locator('.legend-entry').allTextContents();
	const years = await page
		.locator('#year-select option')
		.evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value).filter((v) => v !== 'latest'));
	await page.locator('#year-select').selectOption(years[years.length - 1]);
	await expect(page.locator('[data-chart="map"] .chart-title')).toContainText(
		years[years.length - 1]
	);
	expect(await legend.locator('.legend-entry').allTextContents()).toEqual(first);

	const svg = await download(page, 'map', 'Download SVG');
	expect(svg).toContain('data-legend="map"');
	for (const name of ['Brunei Darussalam', 'Singapore', 'Timor-Leste']) expect(svg).toContain(name);
	// The small states' labels keep their halo under the letters: dark fill, painted after the stroke.
	const label = /<text[^>]*>Singapore<\/text>/.exec(svg)![0];
	expect(label).toContain('paint-order="stroke"');
	expect(label).not.toMatch(/\sfill="(#fff(fff)?|white|rgb\(255, 255, 255\))"/);
});
