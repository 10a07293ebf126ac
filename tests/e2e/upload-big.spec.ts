import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { fixture, HAS_FIXTURES, openMyData, SKIP_REASON, sql } from './upload-helpers';

/**
 * A generated tidy file just under the 100 MB limit (99 MB): cancelled once midway (nothing stored), imported in full, then
 * three country profiles and the scatter page still work with it. Functional checks only.
 */
test.describe('a 100 MB upload', () => {
	test.skip(!HAS_FIXTURES, SKIP_REASON);
	let dir = '';
	test.beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'upload-100mb-'));
	});
	test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('cancel leaves nothing; import, then profiles and scatter show it', async ({ page }) => {
		test.setTimeout(600_000);
		const path = join(dir, 'big_tidy_100mb.csv');
		execFileSync(process.execPath, [fixture('bad', 'gen_big_tidy.js'), path, '99'], {
			stdio: 'ignore'
		});
		await openMyData(page);
		const input = page.locator('input[type=file]');
		await input.setInputFiles(path);
		await expect(page.getByTestId('upload-progress')).toBeVisible();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.locator('section.upload')).toHaveAttribute('data-phase', 'idle');
		await expect(page.getByTestId('datasets')).toContainText('No uploads yet.');
		expect(await sql(page, "SELECT count(*) FROM observations WHERE flag = 'user'")).toEqual([
			['0']
		]);

		await input.setInputFiles(path);
		await expect(page.locator('section.upload')).toHaveAttribute(
			'data-phase',
			/^(review|refused)$/,
			{
				timeout: 300_000
			}
		);
		await expect(page.getByTestId('import')).toBeEnabled();
		await page.getByTestId('import').click();
		await expect(page.getByTestId('imported')).toBeVisible({ timeout: 300_000 });
		const [[stored]] = await sql(page, "SELECT count(*) FROM observations WHERE flag = 'user'");
		const [[indicators]] = await sql(
			page,
			"SELECT count(DISTINCT indicator_id) FROM observations WHERE flag = 'user'"
		);
		// Every line with a value, counted from the file itself (empty values are missing cells).
		const dataLines = readFileSync(path, 'utf8')
			.split('\n')
			.slice(1)
			.filter((line) => line);
		const withValue = dataLines.filter((line) => !line.endsWith(',')).length;
		expect(Number(stored)).toBe(withValue);
		const rowsSum =
			"SELECT count(*), sum(hash(indicator_id, iso3, year, sex, value)) FROM observations WHERE flag = 'user'";
		const inserted = await sql(page, rowsSum);

		// The file's own table is read from the file once, for its first query, and says so.
		const console = page.getByTestId('sql-console');
		await console.getByLabel('SQL query').fill('SELECT count(*) FROM upload_big_tidy_100mb');
		await console.getByRole('button', { name: 'Run' }).click();
		await expect(console.getByTestId('sql-preparing')).toContainText('upload_big_tidy_100mb');
		await expect(console.getByTestId('sql-result')).toContainText(String(dataLines.length), {
			timeout: 120_000
		});
		await expect(console.getByTestId('sql-preparing')).toHaveCount(0);

		for (const iso3 of ['THA', 'VNM', 'IDN']) {
			await page.goto(`./country/${iso3}/`);
			await expect(page.locator('section[data-group="mine"]')).toBeVisible({ timeout: 120_000 });
			await expect(page.locator('section[data-group="mine"] tbody tr').first()).toBeVisible();
		}
		await page.goto('./scatter/');
		await expect(page.locator('main')).toBeVisible();
		await expect(page.locator('main svg').first()).toBeVisible({ timeout: 120_000 });
		// Hundreds of uploaded indicators are listed on an axis once it is focused, all of them.
		const axis = page.getByLabel('Vertical axis');
		const mine = axis.locator('optgroup[label="My data"] option');
		await expect(axis.locator('optgroup[label="My data"]')).toHaveCount(1);
		await axis.focus();
		await expect(mine).toHaveCount(Number(indicators));
		await axis.selectOption({ index: (await axis.locator('option').count()) - 1 });
		await expect(page).toHaveURL(/[?&]y=user-/);

		// A new page reads the rows back from storage: all of them, each as imported.
		await page.goto('./data/');
		expect(await sql(page, rowsSum)).toEqual(inserted);
	});
});
