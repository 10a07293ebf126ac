import AxeBuilder from '@axe-core/playwright';
import { dbReady, expect, readObservations, test } from './fixtures';

/** An indicator with a handful of years, so a play at 0.5 s per year ends quickly. */
const ID = 'pension-coverage';

const ranked = (page: import('@playwright/test').Page) => page.locator('[data-chart="ranked"]');
const playYear = (page: import('@playwright/test').Page) =>
	page.locator('[data-play="play"] output').getAttribute('data-play-year');
const tickLabels = (page: import('@playwright/test').Page) =>
	ranked(page).locator('svg .axis-bottom text').allTextContents();
const tickNumber = (label: string) => Number(label.replace(/,/g, ''));

test('play steps the ranked chart through every year to the last, on a fixed axis', async ({
	page
}) => {
	const rows = readObservations().filter((r) => r.indicator_id === ID);
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	expect(years.length, `${ID} needs several years in observations.csv`).toBeGreaterThan(3);

	await page.goto(`./indicator/${ID}/`);
	await dbReady(page);
	const sex = await ranked(page).locator('svg rect.bar').first().getAttribute('data-sex');
	const values = rows.filter((r) => r.sex === sex).map((r) => Number(r.value));
	const highest = Math.max(...values);

	// No axis before play: the chart keeps its own scale for one year.
	await expect(ranked(page).locator('svg .axis-bottom')).toHaveCount(0);
	await page.getByLabel('Speed').selectOption('0.5');
	const toggle = page.getByRole('button', { name: 'Play', exact: true });
	await toggle.click();
	await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	const seenYears = new Set<string>();
	const seenTicks = new Set<string>();
	const seenTitles = new Set<string>();
	await expect
		.poll(
			async () => {
				const year = await playYear(page);
				if (year) seenYears.add(year);
				const ticks = await tickLabels(page);
				if (ticks.length) seenTicks.add(ticks.join('|'));
				seenTitles.add((await ranked(page).locator('.chart-title').textContent()) ?? '');
				return year;
			},
			{ timeout: 30_000, intervals: [150] }
		)
		.toBe(String(years[years.length - 1]));
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveAttribute(
		'aria-pressed',
		'false'
	);

	// The year moved through several years, shown large over the chart and in the title.
	expect(seenYears.size).toBeGreaterThan(2);
	expect(seenTitles.size).toBeGreaterThan(2);
	await expect(ranked(page).locator('.play-year')).toHaveText(String(years[years.length - 1]));
	// One set of ticks the whole time, spanning the indicator's highest value of any year.
	expect([...seenTicks]).toHaveLength(1);
	const ticks = (await tickLabels(page)).map(tickNumber);
	expect(ticks[0]).toBe(0);
	const step = ticks[1] - ticks[0];
	expect(ticks[ticks.length - 1] + step).toBeGreaterThanOrEqual(highest);
	// Once stopped, the URL says where it stopped.
	await expect(page).toHaveURL(new RegExp(`year=${years[years.length - 1]}`));
	// Members without a value in the last year stay "no data", never a bar of zero.
	const last = years[years.length - 1];
	const withValue = new Set(
		rows.filter((r) => r.year === last && r.sex === sex).map((r) => r.iso3)
	);
	await expect(ranked(page).locator('.nodata-label')).toHaveCount(11 - withValue.size);

	const results = await new AxeBuilder({ page }).include('.controls').analyze();
	expect(results.violations).toEqual([]);
});

test('pause holds the year; jump to end goes straight to the last year', async ({ page }) => {
	const years = [
		...new Set(
			readObservations()
				.filter((r) => r.indicator_id === ID)
				.map((r) => r.year)
		)
	].sort((a, b) => a - b);
	await page.goto(`./indicator/${ID}/?year=${years[0]}`);
	await dbReady(page);
	await page.getByLabel('Speed').selectOption('0.5');
	await page.getByRole('button', { name: 'Play', exact: true }).click();
	await expect.poll(() => playYear(page), { timeout: 10_000 }).toBe(String(years[1]));
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	const held = await playYear(page);
	await page.waitForTimeout(1500);
	expect(await playYear(page)).toBe(held);
	await expect(page).toHaveURL(new RegExp(`year=${held}`));

	const seen = new Set<string>();
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) seen.add(new URL(frame.url()).searchParams.get('year') ?? '');
	});
	await page.getByRole('button', { name: 'Jump to the last year' }).click();
	await expect.poll(() => playYear(page)).toBe(String(years[years.length - 1]));
	await expect(ranked(page).locator('.chart-title')).toContainText(String(years[years.length - 1]));
	// Keyboard: back one year from the end, with the arrow button reached by Tab.
	await page.getByRole('button', { name: 'One year back' }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => playYear(page)).toBe(String(years[years.length - 2]));
	expect([...seen].filter((y) => y !== '' && Number(y) < Number(held))).toEqual([]);
});

test('the trend chart marks the played year; the map keeps its classes', async ({ page }) => {
	await page.goto(`./indicator/${ID}/`);
	await dbReady(page);
	const legend = () => page.locator('[data-chart="map"] [data-legend="map"]').textContent();
	await expect(page.locator('[data-chart="map"] [data-legend="map"]')).toBeVisible();
	const before = await legend();
	await page.getByRole('button', { name: 'One year back' }).click();
	const year = await playYear(page);
	await expect(page.locator('[data-chart="trend"] .year-cursor')).toHaveAttribute(
		'data-year',
		year!
	);
	await expect(page.locator('[data-chart="map"] .play-year')).toHaveText(year!);
	await expect(page.locator('[data-chart="map"] .chart-title')).toContainText(year!);
	expect(await legend()).toBe(before);
});
