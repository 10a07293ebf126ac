import { expect, readObservations, test } from './fixtures';

test('the scatter pairs each member with its values on both axes, within the tolerance', async ({
	page
}) => {
	await page.goto('./scatter/?x=gdp-per-capita-ppp&y=life-expectancy&year=2015&tol=0');
	await expect(page.locator('footer .db-status')).toHaveAttribute('data-phase', 'ready', {
		timeout: 30_000
	});
	await expect(page.locator('[data-chart="scatter"] .chart-title')).toContainText('2015');
	const rows = readObservations();
	const value = (id: string, iso3: string) =>
		rows.find(
			(r) => r.indicator_id === id && r.iso3 === iso3 && r.year === 2015 && r.sex === 'total'
		);
	const points = page.locator('[data-chart="scatter"] g.point');
	await expect.poll(() => points.count()).toBeGreaterThan(5);
	for (const iso3 of ['THA', 'VNM', 'IDN']) {
		const x = value('gdp-per-capita-ppp', iso3);
		const y = value('life-expectancy', iso3);
		const point = page.locator(`[data-chart="scatter"] g.point[data-iso3="${iso3}"]`);
		if (!x || !y) {
			await expect(point).toHaveCount(0);
			continue;
		}
		await expect(point).toHaveAttribute('data-x', String(Number(x.value)));
		await expect(point).toHaveAttribute('data-y', String(Number(y.value)));
	}
});

test('the year slider moves the scatter and keeps the year in the link', async ({ page }) => {
	await page.goto('./scatter/');
	const slider = page.getByLabel(/^Year:/);
	await slider.focus();
	await page.keyboard.press('Home');
	for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowRight');
	const year = Number(await slider.inputValue());
	await expect(page).toHaveURL(new RegExp(`year=${year}`));
	await expect(page.locator('[data-chart="scatter"] .chart-title')).toContainText(String(year), {
		timeout: 30_000
	});
});
