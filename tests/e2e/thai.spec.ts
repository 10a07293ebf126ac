import { expect, readCatalog, test, wellCoveredIndicator } from './fixtures';

test('Thai pages show Thai labels and Buddhist Era years by default', async ({ page }) => {
	const { id, oldestLatest: year } = wellCoveredIndicator();
	const indicator = readCatalog().find((i) => i.id === id)!;
	await page.goto(`./th/indicator/${id}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'th');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(indicator.name.th);
	await expect(page.getByRole('link', { name: /ตัวชี้วัดทั้งหมด/ })).toBeVisible();
	await expect(page.locator('[data-chart="ranked"] .chart-title')).toContainText(
		`พ.ศ. ${year + 543}`
	);
	await expect(page.getByRole('button', { name: 'พ.ศ.' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[data-chart="trend"] .axis-bottom text').first()).toHaveText(
		/^25\d\d$/
	);
});

test('the era toggle switches Thai pages to C.E. and keeps it in the URL', async ({ page }) => {
	const { id, oldestLatest: year } = wellCoveredIndicator();
	await page.goto(`./th/indicator/${id}/`);
	await page.getByRole('button', { name: 'ค.ศ.' }).click();
	await expect(page).toHaveURL(/era=ce/);
	// Named, since Thai readers take a bare year for B.E.
	await expect(page.locator('[data-chart="ranked"] .chart-title')).toContainText(`ค.ศ. ${year}`);
	await expect(page.locator('[data-chart="ranked"] .chart-title')).not.toContainText('พ.ศ.');
	await page.reload();
	await expect(page.getByRole('button', { name: 'ค.ศ.' })).toHaveAttribute('aria-pressed', 'true');
});

test('English pages can show B.E. years too', async ({ page }) => {
	const { id, oldestLatest: year } = wellCoveredIndicator();
	await page.goto(`./indicator/${id}/?era=be`);
	await expect(page.locator('[data-chart="ranked"] .chart-title')).toContainText(
		`B.E. ${year + 543}`
	);
});

test('the language switch keeps the page', async ({ page }) => {
	const { id } = wellCoveredIndicator();
	await page.goto(`./indicator/${id}/`);
	await page.getByRole('link', { name: 'ไทย' }).click();
	await expect(page).toHaveURL(new RegExp(`/th/indicator/${id}/`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'th');
	await expect(page.getByText('ตัวชี้วัดทั้งหมด')).toBeVisible();
});

test('the Thai home lists groups in Thai', async ({ page }) => {
	await page.goto('./th/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('แดชบอร์ดสวัสดิการสังคมอาเซียน');
	await expect(page.getByRole('heading', { name: /ผู้สูงอายุ/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /คนพิการ/ })).toBeVisible();
});
