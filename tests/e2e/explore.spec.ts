import { readFileSync } from 'node:fs';
import { readPng } from '../../src/lib/export/png-text';
import { downloadFrom, expect, readCatalog, test, wellCoveredIndicator, dbReady } from './fixtures';

async function download(page: import('@playwright/test').Page, frame: string, name: string) {
	const button = page.locator(`[data-chart="${frame}"]`).getByRole('button', { name, exact: true });
	const file = await downloadFrom(page, button);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

function parseCsv(text: string) {
	const [header, ...lines] = text
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\n');
	const columns = header.split(',');
	return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
}

test('the ranked chart CSV download equals the matching rows of observations.csv', async ({
	page
}) => {
	const { id, latestRows } = wellCoveredIndicator();
	await page.goto(`./indicator/${id}/`);
	const { name, bytes } = await download(page, 'ranked', 'Download CSV');
	expect(name).toMatch(/\.csv$/);
	const downloaded = parseCsv(bytes.toString('utf8'));
	const expected = latestRows;
	expect(downloaded.length).toBe(expected.length);
	for (const row of downloaded) {
		const match = expected.find((r) => r.iso3 === row.iso3);
		expect(match, `row for ${row.iso3}`).toBeTruthy();
		expect(row.indicator_id).toBe(id);
		expect(Number(row.year)).toBe(match!.year);
		expect(row.sex).toBe(match!.sex);
		expect(Number(row.value)).toBe(Number(match!.value));
		expect(row.flag).toBe(match!.flag);
		expect(row.licence).toBeTruthy();
	}
});

test('PNG and SVG downloads are valid images carrying the title and source line', async ({
	page
}) => {
	const { id } = wellCoveredIndicator();
	await page.goto(`./indicator/${id}/`);
	const title = await page.locator('[data-chart="ranked"] .chart-title').innerText();
	const source = await page.locator('[data-chart="ranked"] .chart-source').innerText();
	const width = await page
		.locator('[data-chart="ranked"] svg.chart')
		.evaluate((e) => e.clientWidth);

	const svg = await download(page, 'ranked', 'Download SVG');
	const markup = svg.bytes.toString('utf8');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.nodeName,
			text: doc.documentElement.textContent
		};
	}, markup);
	expect(parsed.error).toBeNull();
	expect(parsed.root).toBe('svg');
	expect(parsed.text?.replace(/\s+/g, ' ')).toContain(title);
	expect(parsed.text?.replace(/\s+/g, ' ')).toContain(source.slice(0, 40));

	const png = await download(page, 'ranked', 'Download PNG');
	const info = readPng(new Uint8Array(png.bytes));
	expect(info.text.Title).toBe(title);
	expect(info.text.Source).toBe(source);
	// Twice the chart's width, plus the frame the title and source line are drawn in.
	expect(info.width).toBeGreaterThanOrEqual(width * 2);
	// The browser can decode it, and the title band is not blank.
	const inked = await page.evaluate(async (b64) => {
		const bitmap = await createImageBitmap(
			await (await fetch(`data:image/png;base64,${b64}`)).blob()
		);
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(bitmap, 0, 0);
		const top = ctx.getImageData(0, 0, bitmap.width, 60).data;
		let dark = 0;
		for (let i = 0; i < top.length; i += 4) if (top[i] < 128) dark++;
		return dark;
	}, png.bytes.toString('base64'));
	expect(inked).toBeGreaterThan(100);
});

test('Copy link gives a link that reproduces the view in a fresh page', async ({
	page,
	browser,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const { id, rows, sex } = wellCoveredIndicator();
	const years = [...new Set(rows.filter((r) => r.sex === sex).map((r) => r.year))].sort();
	const year = years[Math.floor(years.length / 3)];
	await page.goto(`./indicator/${id}/`);
	await dbReady(page);
	await page.getByLabel('Year', { exact: true }).selectOption(String(year));
	await page.getByRole('button', { name: 'Mainland' }).click();
	await page.locator('[data-chart="ranked"]').getByRole('button', { name: 'Copy link' }).click();
	await expect(page.locator('[data-chart="ranked"]').getByText(/Link copied/)).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toContain(`year=${year}`);

	const fresh = await browser.newPage();
	await fresh.goto(link);
	await expect(fresh.locator('[data-chart="ranked"] .chart-title')).toContainText(String(year), {
		timeout: 30_000
	});
	await expect(fresh.locator('[data-chart="trend"] svg g.series')).toHaveCount(5);
	for (const iso3 of ['KHM', 'LAO', 'MMR', 'THA', 'VNM']) {
		await expect(fresh.locator(`[data-chart="trend"] g.series[data-iso3="${iso3}"]`)).toHaveCount(
			1
		);
	}
	await fresh.close();
});

test('embed mode shows just the chosen chart, its toolbar only with controls=1', async ({
	page
}) => {
	const { id } = wellCoveredIndicator();
	await page.goto(`./indicator/${id}/?embed=1&chart=trend`);
	await expect(page.locator('[data-chart="trend"]')).toBeVisible();
	await expect(page.locator('[data-chart="ranked"]')).toHaveCount(0);
	await expect(page.locator('header.site-header')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
	await expect(
		page.locator('[data-chart="trend"]').getByRole('button', { name: 'Download PNG' })
	).toHaveCount(0);
	await page.goto(`./indicator/${id}/?embed=1&chart=trend&controls=1`);
	await expect(
		page.locator('[data-chart="trend"]').getByRole('button', { name: 'Download PNG' })
	).toBeVisible();
});

test('gender gap, small multiples, change since a year and the ASEAN median', async ({ page }) => {
	const catalog = readCatalog();
	const withSexes =
		catalog.find((i) => i.id === 'labour-force-participation') ??
		catalog.find((i) => i.sexes?.includes('female') && i.sexes?.includes('male'))!;
	await page.goto(`./indicator/${withSexes.id}/`);
	const pairs = page.locator('[data-chart="gender-gap"] g.pair');
	await expect(pairs).toHaveCount(11);
	await expect(page.locator('[data-chart="multiples"] g.panel')).toHaveCount(11);
	await expect(page.locator('[data-chart="trend"] [data-reference="median"]')).toHaveCount(1);

	// Change since a year is asked of DuckDB, like every other view.
	await dbReady(page);
	await page.getByLabel('Show change since').selectOption({ index: 1 });
	await expect(page).toHaveURL(/since=\d{4}/);
	await expect(page.locator('[data-chart="trend"] .chart-subtitle')).toContainText('Change since');
	// Every drawn series starts at zero: its own value in the base year.
	const firsts = await page
		.locator('[data-chart="trend"] g.series')
		.evaluateAll((groups) =>
			groups.map((g) => g.querySelector('circle')?.getAttribute('data-value'))
		);
	expect(firsts.length).toBeGreaterThan(0);
	for (const v of firsts) expect(Number(v)).toBe(0);
});

test('chart marks in the gender gap chart are keyboard-focusable with their value', async ({
	page
}) => {
	await page.goto('./indicator/labour-force-participation/');
	const mark = page.locator('[data-chart="gender-gap"] g.pair circle.female').first();
	await mark.focus();
	await expect(mark).toBeFocused();
	await expect(mark).toHaveAttribute('aria-label', /Female, \d{4}: \d/);
});
