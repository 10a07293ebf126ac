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
	test.setTimeout(120_000);
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
	// Every change on the chart is recorded in the page, so a busy machine cannot miss a year.
	await page.evaluate(() => {
		const seen: { year: string; ticks: string; title: string }[] = [];
		(window as unknown as { played: typeof seen }).played = seen;
		const figure = document.querySelector('[data-chart="ranked"]')!;
		const output = document.querySelector('[data-play="play"] output')!;
		const record = () =>
			seen.push({
				year: output.getAttribute('data-play-year') ?? '',
				ticks: [...figure.querySelectorAll('svg .axis-bottom text')]
					.map((t) => t.textContent)
					.join('|'),
				title: figure.querySelector('.chart-title')?.textContent ?? ''
			});
		const observer = new MutationObserver(record);
		for (const target of [figure, output])
			observer.observe(target, {
				subtree: true,
				childList: true,
				characterData: true,
				attributes: true
			});
	});
	await page.getByLabel('Speed').selectOption('0.5');
	await page.getByRole('button', { name: 'Play', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect
		.poll(() => playYear(page), { timeout: 40_000 })
		.toBe(String(years[years.length - 1]));
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await expect(ranked(page).locator('.chart-title')).toContainText(String(years[years.length - 1]));
	const played = await page.evaluate(
		() => (window as unknown as { played: { year: string; ticks: string; title: string }[] }).played
	);
	const seenYears = new Set(played.map((p) => p.year));
	const seenTicks = new Set(played.map((p) => p.ticks).filter(Boolean));
	const seenTitles = new Set(played.map((p) => p.title));

	// Every year was shown, in order, large over the chart and in the title.
	expect([...seenYears].filter(Boolean).map(Number)).toEqual(years);
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
	// The slowest speed, so a busy machine still sees the second year before the third.
	await page.getByLabel('Speed').selectOption('2');
	await page.getByRole('button', { name: 'Play', exact: true }).click();
	await expect
		.poll(() => playYear(page), { timeout: 10_000, intervals: [100] })
		.toBe(String(years[1]));
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
