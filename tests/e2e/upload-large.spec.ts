import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import {
	count,
	fixture,
	HAS_FIXTURES,
	importNow,
	openMyData,
	OWID,
	SKIP_REASON,
	sql,
	upload
} from './upload-helpers';

test.describe('large files', () => {
	test.skip(!HAS_FIXTURES, SKIP_REASON);
	let dir = '';
	test.beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'upload-big-'));
	});
	test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const generate = (name: string, megabytes: number) => {
		const out = join(dir, name);
		execFileSync(process.execPath, [fixture('bad', 'gen_big_tidy.js'), out, String(megabytes)], {
			stdio: 'ignore'
		});
		return out;
	};

	test('the generated 200 MB file is refused before reading, and the tab keeps working', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const big = generate('big_tidy_200mb.csv', 200);
		await openMyData(page);
		const started = Date.now();
		await page.locator('input[type=file]').setInputFiles(big);
		await expect(page.getByTestId('refusal')).toContainText(
			'File too large (200 MB > 100 MB limit)'
		);
		expect(Date.now() - started).toBeLessThan(15_000);
		await expect(page.getByTestId('upload-progress')).toHaveCount(0);
		await upload(page, fixture('real', OWID));
		await importNow(page);
	});

	test('a 30 MB tidy file is checked in full by the same rules and every value imported', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const path = generate('big_tidy_30mb.csv', 30);
		const lines = readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean);
		const withValue = lines.filter((l) => !l.endsWith(','));
		await openMyData(page);
		await upload(page, path);
		const report = page.getByTestId('report');
		await expect(report.locator('[data-stat="observations"] dd')).toHaveText(
			withValue.length.toLocaleString('en-US'),
			{ timeout: 60_000 }
		);
		await expect(report.locator('[data-stat="read"] dd')).toHaveText(
			lines.length.toLocaleString('en-US')
		);
		await importNow(page);
		expect(await count(page, `u.file_name = 'big_tidy_30mb.csv'`)).toBe(withValue.length);
		// A few values against their own lines
		for (const line of [
			withValue[0],
			withValue[Math.floor(withValue.length / 2)],
			withValue.at(-1)!
		]) {
			const cells = line.split(',');
			const [iso3, year, code, sex, value] = [
				cells[1],
				cells[2],
				cells[3],
				cells.at(-2)!,
				cells.at(-1)!
			];
			const rows = await sql(
				page,
				`SELECT o.value FROM observations o JOIN user_indicators u ON u.id = o.indicator_id
				WHERE u.code = '${code}' AND o.iso3 = '${iso3}' AND o.year = ${year} AND o.sex = '${sex.toLowerCase()}'`
			);
			expect(rows.map((r) => Number(r[0]))).toEqual([Number(value)]);
		}
	});

	test('over a million values are stored in parts and read back whole after a reload', async ({
		page
	}) => {
		test.setTimeout(300_000);
		const path = join(dir, 'wide_million.csv');
		const years = Array.from({ length: 64 }, (_, i) => 1960 + i);
		const members = ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'TLS', 'VNM'];
		const lines = [`iso3,indicator,${years.join(',')}`];
		for (let i = 0; i < 1600; i++)
			for (const [m, iso3] of members.entries())
				lines.push(
					`${iso3},Indicator ${i},${years.map((y) => ((y * (i + 7) + m) % 997) / 10).join(',')}`
				);
		writeFileSync(path, `${lines.join('\n')}\n`);
		await openMyData(page);
		await upload(page, path);
		await importNow(page);
		const rows = `SELECT count(*), sum(hash(indicator_id, iso3, year, sex, value))
			FROM observations WHERE flag = 'user'`;
		const imported = await sql(page, rows);
		// 1,126,400 values: two records of rows in storage
		expect(imported[0][0]).toBe(String(1600 * 11 * 64));
		await page.reload();
		expect(await sql(page, rows)).toEqual(imported);
	});

	test('reading a large wide file shows progress and can be cancelled', async ({ page }) => {
		test.setTimeout(120_000);
		const path = join(dir, 'wide_40mb.csv');
		const years = Array.from({ length: 64 }, (_, i) => 1960 + i);
		const chunks = [`country,iso3,indicator,${years.join(',')}\n`];
		let size = chunks[0].length;
		for (let i = 0; size < 40 * 1024 * 1024; i++) {
			const row = `Thailand,THA,Indicator ${i},${years.map((y) => ((y * (i + 7)) % 997) / 10).join(',')}\n`;
			chunks.push(row);
			size += row.length;
		}
		writeFileSync(path, chunks.join(''));
		await openMyData(page);
		await page.locator('input[type=file]').setInputFiles(path);
		await expect(page.getByTestId('upload-progress')).toBeVisible();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByTestId('upload-progress')).toHaveCount(0);
		await expect(page.locator('section.upload')).toHaveAttribute('data-phase', 'idle');
		await upload(page, fixture('real', OWID));
		await importNow(page);
	});
});
