import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dbReady, expect, test } from './fixtures';

/** An indicator published for women and men, so every chart kind of the page is drawn. */
const ID = 'labour-force-participation';

async function downloadFrom(page: Page, frame: string, name: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`[data-chart="${frame}"]`).getByRole('button', { name, exact: true }).click()
	]);
	return readFileSync((await file.path())!);
}

/**
 * Renders a slide SVG at its own size and reads, for every non-empty <text>, the size it is
 * drawn at: its computed font size times every scale between it and the slide (nested viewBoxes).
 */
async function drawnFontSizes(page: Page, markup: string) {
	const view = await page.context().newPage();
	await view.setContent(`<body style="margin:0">${markup}</body>`);
	const sizes = await view.evaluate(() => {
		const root = document.querySelector('svg')!;
		const rootScale = root.getScreenCTM()!.a;
		return [...root.querySelectorAll('text')]
			.filter((t) => (t.textContent ?? '').trim() !== '')
			.map((t) => ({
				text: t.textContent!.trim().slice(0, 30),
				size: (parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a) / rootScale
			}));
	});
	const box = await view.evaluate(() => {
		const r = document.querySelector('svg')!.getBoundingClientRect();
		return [r.width, r.height];
	});
	await view.close();
	return { sizes, box };
}

test('every chart kind exports a 1920×1080 slide with no text under 28 px; the map keeps its legend', async ({
	page
}) => {
	test.setTimeout(240_000);
	await page.goto(`./indicator/${ID}/?countries=THA,VNM,IDN`);
	await dbReady(page);
	await expect(page.locator('[data-chart="map"] [data-legend="map"]')).toBeVisible();
	const kinds = ['ranked', 'map', 'trend', 'multiples', 'gender-gap'];
	for (const kind of kinds) {
		await expect(page.locator(`[data-chart="${kind}"] svg.chart`)).toBeVisible();
		const markup = (await downloadFrom(page, kind, 'Slide SVG')).toString('utf8');
		const { sizes, box } = await drawnFontSizes(page, markup);
		expect(box, kind).toEqual([1920, 1080]);
		expect(sizes.length, kind).toBeGreaterThan(5);
		const small = sizes.filter((s) => s.size < 28 - 0.01);
		expect(small, `${kind}: text under 28 px`).toEqual([]);
		if (kind === 'map') expect(markup).toContain('data-legend="map"');
		expect(markup).toContain('class="slide-source"');
	}
});

test('Slide PNG is a 1920×1080 image', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto(`./indicator/${ID}/`);
	await expect(page.locator('[data-chart="ranked"] svg.chart')).toBeVisible();
	const png = await downloadFrom(page, 'ranked', 'Slide PNG (16:9)');
	// PNG header: the IHDR chunk holds width and height as big-endian 32-bit integers.
	expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
});

test('the scatter exports a slide with no text under 28 px', async ({ page }) => {
	await page.goto('./scatter/');
	await dbReady(page);
	await expect(page.locator('[data-chart="scatter"] svg.chart')).toBeVisible();
	const markup = (await downloadFrom(page, 'scatter', 'Slide SVG')).toString('utf8');
	const { sizes } = await drawnFontSizes(page, markup);
	expect(sizes.filter((s) => s.size < 28 - 0.01)).toEqual([]);
});

test('Embed shows the embed address and iframe code', async ({ page }) => {
	await page.goto(`./indicator/${ID}/`);
	const frame = page.locator('[data-chart="map"]');
	await frame.getByRole('button', { name: 'Embed', exact: true }).click();
	const address = await frame.getByLabel('Address of the embedded chart').inputValue();
	expect(new URL(address).searchParams.get('embed')).toBe('1');
	expect(new URL(address).searchParams.get('chart')).toBe('map');
	const code = await frame.getByLabel('Code to paste into a web page').inputValue();
	expect(code.startsWith(`<iframe src="${address.replace(/&/g, '&amp;')}"`)).toBe(true);
});

for (const [width, height] of [
	[1280, 720],
	[1920, 1080]
]) {
	test(`an embedded chart fills a ${width}×${height} frame without overflow`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width, height } });
		const page = await context.newPage();
		for (const chart of ['ranked', 'map', 'trend']) {
			await page.goto(`./indicator/${ID}/?embed=1&chart=${chart}`);
			const svg = page.locator(`[data-chart="${chart}"] svg.chart`);
			await expect(svg).toBeVisible();
			await expect(page.locator('[data-chart] svg.chart')).toHaveCount(1);
			// No buttons on the projected image.
			await expect(
				page.getByRole('button', { name: /Download|Slide|Embed|Show the data/ })
			).toHaveCount(0);
			const fit = await page.evaluate(() => {
				const doc = document.documentElement;
				const r = document.querySelector('svg.chart')!.getBoundingClientRect();
				return {
					overflowX: doc.scrollWidth - doc.clientWidth,
					overflowY: doc.scrollHeight - doc.clientHeight,
					share: (r.width * r.height) / (innerWidth * innerHeight)
				};
			});
			expect(fit.overflowX, chart).toBeLessThanOrEqual(0);
			expect(fit.overflowY, chart).toBeLessThanOrEqual(0);
			expect(fit.share, chart).toBeGreaterThan(0.45);
			// Readable: chart text drawn at least 14 px at 1280, 20 px at 1920.
			const smallest = await svg.evaluate((el) => {
				const root = el as SVGSVGElement;
				const scale = root.getBoundingClientRect().width / root.viewBox.baseVal.width;
				return Math.min(
					...[...root.querySelectorAll('text')]
						.filter((t) => (t.textContent ?? '').trim())
						.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)
				);
			});
			expect(smallest, chart).toBeGreaterThanOrEqual(width >= 1920 ? 20 : 14);
		}
		await page.goto(`./indicator/${ID}/?embed=1&chart=ranked&controls=1`);
		await expect(page.getByRole('button', { name: 'Slide SVG' })).toBeVisible();
		await context.close();
	});
}

test('an embed link with an unknown chart says so, in English and Thai', async ({ page }) => {
	await page.goto(`./indicator/${ID}/?embed=1&chart=pie`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('“pie”');
	await expect(alert.getByRole('link', { name: 'Map' })).toHaveAttribute('href', /chart=map/);
	await page.goto(`./th/indicator/${ID}/?embed=1&chart=pie`);
	await expect(page.getByRole('alert')).toContainText('ลิงก์นี้ขอกราฟชื่อ “pie”');
});

for (const path of ['./th/country/THA/', './th/gaps/older-persons/']) {
	test(`${path} exports its table as a PNG, in Thai with B.E. years as shown`, async ({ page }) => {
		await page.goto(path);
		// The page shows B.E. years in Thai; the image is drawn from the texts the page shows.
		const years = await page.locator('table td').allInnerTexts();
		expect(years.some((t) => /\b25\d\d\b/.test(t))).toBe(true);
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'ดาวน์โหลด PNG' }).click()
		]);
		expect(file.suggestedFilename()).toMatch(/-be\.png$/);
		const png = readFileSync((await file.path())!);
		expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
		expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1280);
		expect(png.readUInt32BE(20)).toBeGreaterThan(400);
	});
}
