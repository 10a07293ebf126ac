import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
