import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dbReady, expect, test, wellCoveredIndicator } from './fixtures';
import { readZip } from './zip-read';

/** Issue 11: a deck built through the UI, kept over a reload, presented by keyboard, printed. */

async function expectNoSeriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/** Page objects and their media boxes, read from the PDF's own bytes. */
function pdfPages(pdf: Buffer): { count: number; boxes: number[][] } {
	const text = pdf.toString('latin1');
	const count = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
	const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.\s]+)\]/g)].map((m) =>
		m[1].trim().split(/\s+/).map(Number)
	);
	return { count, boxes };
}

const current = (page: Page) => page.locator('section.slide.current');

/**
 * The smallest chart text on a slide, in px as it would be drawn on a 1080-high projection of
 * the stage: the size the exported slides are held to (28 px or more).
 */
function smallestChartText(slide: ReturnType<typeof current>) {
	return slide.evaluate((el) => {
		const stage = el.querySelector('.stage')!.getBoundingClientRect().height;
		const sizes = [...el.querySelectorAll<SVGTextElement>('.body svg text')]
			.filter((t) => t.textContent?.trim() && t.getBoundingClientRect().width > 0)
			.map((t) => {
				const m = t.getScreenCTM()!;
				return (parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) * 1080) / stage;
			});
		return sizes.length ? Math.min(...sizes) : 0;
	});
}

async function addChart(page: Page, chart: string) {
	const frame = page.locator(`[data-chart="${chart}"]`);
	await frame.locator('[data-add-to-deck]').click();
	await expect(frame.locator('.add-to-deck [role="status"]')).toContainText('Added as slide');
}

test.describe('a deck', () => {
	test.describe.configure({ timeout: 180_000 });

	test('is built through the UI, kept over a reload, presented by keyboard and printed as 16:9 pages', async ({
		page
	}) => {
		const { id, sex, rows } = wellCoveredIndicator();
		const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
		const lastYear = years[years.length - 1];
		const thaiAtLast = rows.find((r) => r.iso3 === 'THA' && r.year === lastYear && r.sex === sex);

		await page.goto(`./indicator/${id}/`);
		await dbReady(page);
		// Highlight Thailand from the explorer: it goes into the spec and the URL.
		await page.locator('.highlight-picker summary').click();
		await page.locator('[data-highlight-choice="THA"]').check();
		await expect(page).toHaveURL(/highlight=THA/);
		const ranked = page.locator('[data-chart="ranked"]');
		await expect(ranked.locator('.row[data-iso3="THA"]')).toHaveAttribute('data-emphasis', 'on');
		await expect(ranked.locator('.row[data-iso3="VNM"]')).toHaveAttribute('data-emphasis', 'off');
		await expect(ranked.locator('.row[data-iso3="VNM"] text.country')).toBeVisible();
		await addChart(page, 'ranked');
		await addChart(page, 'map');
		await addChart(page, 'trend');

		await page.locator('.main-nav').getByRole('link', { name: 'Deck' }).click();
		await expect(page).toHaveURL(/\/deck\/$/);
		const cards = page.locator('li.slide-card');
		await expect(cards).toHaveCount(3);
		await page.locator('[data-deck-title]').fill('Older persons in ASEAN');
		await cards.nth(0).locator('[data-slide-title]').fill('Pensions, ranked');
		await cards.nth(0).locator('[data-slide-speaker]').fill('Start with Thailand.');
		// Keyboard reorder: the trend slide moves up one place, focus stays in it.
		const trendTitle = await cards.nth(2).locator('[data-slide-title]').inputValue();
		await cards.nth(2).locator('[data-slide-title]').focus();
		await page.keyboard.press('Alt+ArrowUp');
		await expect(cards.nth(1).locator('[data-slide-title]')).toHaveValue(trendTitle);
		await expect(cards.nth(1).locator('[data-slide-title]')).toBeFocused();
		await expectNoSeriousViolations(page);

		await page.reload();
		await expect(cards).toHaveCount(3);
		await expect(page.locator('[data-deck-title]')).toHaveValue('Older persons in ASEAN');
		await expect(cards.nth(0).locator('[data-slide-title]')).toHaveValue('Pensions, ranked');
		await expect(cards.nth(1).locator('[data-slide-title]')).toHaveValue(trendTitle);

		// An invalid deck file names the problem and changes nothing.
		await page.locator('[data-deck-import]').setInputFiles({
			name: 'broken.deck.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"v":1,"title":"x","slides":[{"spec":{"v":2,"chart":"pie"}}]}')
		});
		await expect(page.locator('[data-deck-problem]')).toContainText('broken.deck.json');
		await expect(page.locator('[data-deck-problem]')).toContainText('slide 1');
		await expect(cards).toHaveCount(3);

		// Exported and imported again, the deck is the same.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-deck-export]').click()
		]);
		const exported = readFileSync((await download.path())!, 'utf8');
		expect(JSON.parse(exported).slides).toHaveLength(3);
		await page.locator('[data-deck-import]').setInputFiles({
			name: 'mine.deck.json',
			mimeType: 'application/json',
			buffer: Buffer.from(exported)
		});
		await expect(page.locator('[data-deck-message]')).toContainText('3 slides');

		await page.locator('[data-deck-present]').click();
		await expect(page).toHaveURL(/\/present\/$/);
		await dbReady(page);
		// The first slide waits for the engine, which a busy machine starts slowly.
		await expect(current(page).locator('[data-slide-chart="ranked"] svg')).toBeVisible({
			timeout: 30_000
		});
		await expectNoSeriousViolations(page);

		const [speaker] = await Promise.all([
			page.waitForEvent('popup'),
			page.locator('[data-speaker-link]').click()
		]);
		await expect(speaker.locator('[data-speaker-notes]')).toHaveText('Start with Thailand.');
		await expect(speaker.locator('[data-speaker-next]')).toHaveText(trendTitle);

		await page.locator('[data-present-start]').click();
		await expect(page.locator('.presenter.presenting')).toBeVisible();
		// Toolbars and table toggles are in the DOM, but none is shown on the projected image.
		await expect(page.locator('.presenter button:visible')).toHaveCount(0);
		const slide = current(page);
		await expect(slide).toHaveAttribute('data-slide', '1');
		await expect(slide.locator('.counter')).toHaveText('1 / 3');
		await expect(slide.locator('.row[data-iso3="THA"]')).toHaveAttribute('data-emphasis', 'on');
		await expect(slide.locator('.row[data-iso3="VNM"]')).toHaveAttribute('data-emphasis', 'off');
		await expect(slide.locator('[data-slide-source]')).not.toBeEmpty();
		await expect(slide.locator('[data-data-year]')).toContainText('Data:');
		// Projector-sized type on the stage at 1280×720.
		await page.setViewportSize({ width: 1280, height: 720 });
		const titleSize = await slide
			.locator('.slide-title')
			.evaluate((el) => el.getBoundingClientRect().height);
		expect(titleSize).toBeGreaterThanOrEqual(28);
		await expect.poll(() => smallestChartText(slide)).toBeGreaterThanOrEqual(28);

		// One played sequence: every year of the indicator, ending on its last.
		await page.keyboard.press('p');
		await expect(slide.locator('[data-play-year]')).toHaveAttribute(
			'data-play-year',
			String(years[0])
		);
		await expect(slide.locator('[data-play-year]')).toHaveAttribute(
			'data-play-year',
			String(lastYear),
			{ timeout: years.length * 1500 + 5000 }
		);
		await expect(slide.locator('.row[data-iso3="THA"]')).toHaveAttribute(
			'data-value',
			thaiAtLast ? String(Number(thaiAtLast.value)) : ''
		);

		await page.keyboard.press('ArrowRight');
		await expect(current(page)).toHaveAttribute('data-slide', '2');
		await expect(speaker.locator('[data-speaker-now]')).toHaveAttribute('data-speaker-now', '2');
		await expect(current(page).locator('[data-slide-chart="trend"] svg')).toBeVisible({
			timeout: 15_000
		});
		await expect(
			current(page).locator('g.series[data-iso3="THA"][data-emphasis="on"]')
		).toHaveCount(1);
		await expect.poll(() => smallestChartText(current(page))).toBeGreaterThanOrEqual(28);
		await page.keyboard.press('PageDown');
		await expect(current(page)).toHaveAttribute('data-slide', '3');
		await page.keyboard.press('PageDown');
		await expect(current(page)).toHaveAttribute('data-slide', '3');
		await page.keyboard.press('PageUp');
		await expect(current(page)).toHaveAttribute('data-slide', '2');
		await page.keyboard.press('Home');
		await expect(current(page)).toHaveAttribute('data-slide', '1');
		await page.keyboard.press('End');
		await expect(current(page)).toHaveAttribute('data-slide', '3');
		await expect(current(page).locator('[data-slide-chart="map"] svg')).toBeVisible({
			timeout: 15_000
		});
		await expect.poll(() => smallestChartText(current(page))).toBeGreaterThanOrEqual(28);
		await expectNoSeriousViolations(page);
		await page.keyboard.press('Escape');
		await expect(page.locator('.presenter.presenting')).toHaveCount(0);

		// The deck as a set of PNGs: one 1920×1080 image per slide, in the deck's order.
		const [images] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-deck-images]').click()
		]);
		expect(images.suggestedFilename()).toBe('older-persons-in-asean-slides.zip');
		const pngs = readZip(readFileSync((await images.path())!));
		expect(pngs.map((f) => f.name)).toEqual([
			'1-pensions-ranked.png',
			expect.stringMatching(/^2-.+\.png$/),
			expect.stringMatching(/^3-.+\.png$/)
		]);
		for (const { data } of pngs) {
			expect(data.subarray(1, 4).toString()).toBe('PNG');
			expect([data.readUInt32BE(16), data.readUInt32BE(20)]).toEqual([1920, 1080]);
		}
		expect(pngs[0].data.includes(Buffer.from('Pensions, ranked'))).toBe(true);
		await expect(page.locator('[data-deck-images-status]')).toContainText('3 slide images');

		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const { count, boxes } = pdfPages(pdf);
		expect(count).toBe(3);
		expect(boxes.length).toBeGreaterThanOrEqual(3);
		for (const [x0, y0, x1, y1] of boxes) {
			expect((x1 - x0) / (y1 - y0)).toBeCloseTo(16 / 9, 2);
		}
	});

	test('the Thai deck page and presenter speak Thai', async ({ page }) => {
		await page.goto('./th/deck/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('ชุดสไลด์');
		await expectNoSeriousViolations(page);
		await page.goto('./th/present/');
		await expect(page.locator('.presenter .empty')).toContainText('ชุดสไลด์ยังไม่มีสไลด์');
		await expectNoSeriousViolations(page);
	});
});

test('a scatter slide shows the saved view and plays over the years', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('./scatter/');
	await dbReady(page);
	const explorer = page.locator('[data-chart="scatter"] svg .point');
	await expect(explorer.first()).toBeVisible({ timeout: 30_000 });
	const saved = (await explorer.evaluateAll((dots) => dots.map((d) => d.getAttribute('data-iso3'))))
		.sort()
		.join(',');
	await page.locator('[data-chart="scatter"] [data-add-to-deck]').click();
	await expect(page.locator('.add-to-deck [role="status"]')).toContainText('Added as slide');

	await page.goto('./present/');
	await page.locator('[data-present-start]').click();
	const slide = current(page);
	const dots = slide.locator('[data-slide-chart="scatter"] svg .point');
	await expect(dots.first()).toBeVisible({ timeout: 30_000 });
	await expect
		.poll(async () =>
			(await dots.evaluateAll((all) => all.map((d) => d.getAttribute('data-iso3'))))
				.sort()
				.join(',')
		)
		.toBe(saved);
	await expect(slide.locator('[data-data-year]')).toContainText('Data:');
	await expect(page.locator('.presenter button:visible')).toHaveCount(0);

	await page.keyboard.press('p');
	await expect(slide.locator('[data-play-year]')).toBeVisible();
	const first = Number(await slide.locator('[data-play-year]').getAttribute('data-play-year'));
	await expect
		.poll(async () =>
			Number(await slide.locator('[data-play-year]').getAttribute('data-play-year'))
		)
		.toBeGreaterThan(first);
	await page.keyboard.press('Escape');
});
