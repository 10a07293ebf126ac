import AxeBuilder from '@axe-core/playwright';
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
	SKIP_REASON,
	sql,
	upload
} from './upload-helpers';

const OWID = 'owid_grapher_share-of-population-in-extreme-poverty.csv';

test.describe('My data: keeping, renaming and deleting uploads', () => {
	test.skip(!HAS_FIXTURES, SKIP_REASON);

	test('an upload survives a reload, can be renamed, and is gone after delete', async ({
		page
	}) => {
		await openMyData(page);
		await upload(page, fixture('real', OWID));
		await importNow(page);
		const imported = await count(page, `u.file_name = '${OWID}'`);
		expect(imported).toBeGreaterThan(0);

		await page.reload();
		const item = page.getByTestId('datasets').locator('li[data-dataset]');
		await expect(item).toHaveCount(1);
		await expect(item.locator('.name')).toHaveText(OWID.replace(/\.csv$/, ''));
		// Restored into DuckDB at start, without uploading again
		expect(await count(page, `u.file_name = '${OWID}'`)).toBe(imported);

		await item.getByRole('button', { name: /^Rename/ }).click();
		await item.getByRole('textbox').fill('Extreme poverty (my copy)');
		await item.getByRole('button', { name: 'Save' }).click();
		await expect(item.locator('.name')).toHaveText('Extreme poverty (my copy)');
		await page.reload();
		await expect(item.locator('.name')).toHaveText('Extreme poverty (my copy)');
		expect(await sql(page, `SELECT DISTINCT dataset_name FROM user_indicators`)).toEqual([
			['Extreme poverty (my copy)']
		]);

		await item.getByRole('button', { name: /^Delete/ }).click();
		await expect(item.getByRole('alertdialog')).toContainText('cannot be undone');
		await item.getByRole('button', { name: 'Keep it' }).click();
		await expect(item).toHaveCount(1);
		await item.getByRole('button', { name: /^Delete/ }).click();
		await item.getByRole('button', { name: 'Yes, delete' }).click();
		await expect(item).toHaveCount(0);
		expect(await sql(page, `SELECT count(*) FROM observations WHERE flag = 'user'`)).toEqual([
			['0']
		]);
		await page.reload();
		await expect(page.getByTestId('datasets')).toContainText('No uploads yet.');
	});

	test('no request carries the file: no POST or PUT, no body with its bytes', async ({ page }) => {
		const sent: string[] = [];
		await openMyData(page);
		const marker = '$2.15 a day - Share of population in poverty';
		page.on('request', (request) => {
			const body = request.postDataBuffer();
			if (['POST', 'PUT', 'PATCH'].includes(request.method())) {
				sent.push(`${request.method()} ${request.url()}`);
			}
			if (body && body.toString('latin1').includes(marker)) sent.push(`body: ${request.url()}`);
			if (decodeURIComponent(request.url()).includes('Share of population')) {
				sent.push(`url: ${request.url()}`);
			}
		});
		await upload(page, fixture('real', OWID));
		await importNow(page);
		await page.reload();
		await expect(page.getByTestId('datasets').locator('li[data-dataset]')).toHaveCount(1);
		expect(sent).toEqual([]);
	});

	test('a full storage quota is explained, and the upload still works in this tab', async ({
		page
	}) => {
		await page.addInitScript(() => {
			// Simulates a full disk: every IndexedDB write fails as Chromium reports it.
			IDBObjectStore.prototype.put = function () {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await openMyData(page);
		await upload(page, fixture('real', OWID));
		await importNow(page);
		await expect(page.getByTestId('imported')).toContainText('storage for the site is full');
		const item = page.getByTestId('datasets').locator('li[data-dataset]');
		await expect(item).toContainText('Not saved');
		expect(await count(page, `u.file_name = '${OWID}'`)).toBeGreaterThan(0);
	});

	test('a write that fails after the rows were written stores nothing of the upload', async ({
		page
	}) => {
		await page.addInitScript(() => {
			// The metadata is written last, after the rows and profile lines (issue 9: atomic).
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
				if (this.name === 'datasets') throw new Error('simulated failure of the last write');
				return put.apply(this, args);
			};
		});
		await openMyData(page);
		await upload(page, fixture('real', OWID));
		await importNow(page);
		await expect(page.getByTestId('imported')).toBeVisible();
		await expect(page.getByTestId('datasets').locator('li[data-dataset]')).toContainText(
			'Not saved'
		);
		const stored = await page.evaluate(
			() =>
				new Promise<Record<string, number>>((resolve, reject) => {
					const open = indexedDB.open('asean-dashboard-user-data');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const names = [...open.result.objectStoreNames];
						const tx = open.result.transaction(names, 'readonly');
						const counts: Record<string, number> = {};
						for (const name of names) {
							const request = tx.objectStore(name).count();
							request.onsuccess = () => (counts[name] = request.result);
						}
						tx.oncomplete = () => resolve(counts);
					};
				})
		);
		// The rows and profile lines were written before the failure: the transaction took them back.
		expect(stored).toEqual({ datasets: 0, profiles: 0, rows: 0, sources: 0 });
		// Not kept, but the upload works in this tab.
		expect(await count(page, `u.file_name = '${OWID}'`)).toBeGreaterThan(0);
	});

	test('/data/ has no serious accessibility violations, with a report on screen', async ({
		page
	}) => {
		await openMyData(page);
		await upload(page, fixture('real', OWID));
		await expect(page.getByTestId('report')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter(
			(v) => v.impact === 'serious' || v.impact === 'critical'
		);
		expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	});
});

test("an upload's unit and decimals are changed after import, and its chart follows", async ({
	page
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'asean-display-'));
	const path = join(dir, 'older_persons_pensions.csv');
	writeFileSync(path, 'country,year,value\nTHA,2020,63.456\nVNM,2020,40.25\n');
	await openMyData(page);
	await upload(page, path);
	await importNow(page);

	const item = page.getByTestId('datasets').locator('li[data-dataset]');
	await item.locator('details summary').click();
	await item.locator('[data-edit-display]').click();
	const form = item.locator('[data-display-form]');
	await form.getByLabel('Unit').fill('% of people above pension age');
	await form.getByLabel('Decimals shown').fill('1');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form).toHaveCount(0);

	await page.reload();
	await item.locator('details summary').click();
	await expect(item.locator('.indicators li')).toContainText('(% of people above pension age)');
	expect(await sql(page, 'SELECT unit FROM user_indicators')).toEqual([
		['% of people above pension age']
	]);

	await item.locator('.indicators li a').click();
	const thailand = page.locator('[data-chart="ranked"] .row[data-iso3="THA"]');
	await expect(thailand.locator('text.value')).toHaveText(/^63\.5\b/, { timeout: 30_000 });
	// Shown rounded, stored as published.
	await expect(thailand).toHaveAttribute('data-value', '63.456');
	await expect(page.locator('[data-chart="ranked"]')).toContainText(
		'% of people above pension age'
	);
	rmSync(dir, { recursive: true, force: true });
});

test('the page says the file stays in the browser, and states the size limit', async ({ page }) => {
	await openMyData(page);
	await expect(page.getByTestId('privacy')).toContainText('never leaves this browser');
	await expect(page.getByTestId('limit')).toContainText('100 MB');
	await page.goto('./th/data/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ข้อมูลของฉัน');
	await expect(page.getByTestId('privacy')).toContainText('ไม่ออกจากเบราว์เซอร์');
});

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
