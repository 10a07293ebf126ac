import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import {
	expectWorldBankValues,
	fileLines,
	fixture,
	HAS_FIXTURES,
	importedValues,
	importNow,
	noticeCodes,
	openMyData,
	SKIP_REASON,
	sql,
	upload,
	worldBankCells
} from './upload-helpers';

/**
 * Files detection cannot read, repaired through the mapping form alone (at most three choices
 * each), then imported; the values checked are the files' own cells.
 */
let dir = '';
test.beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'upload-repair-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

test('a national file without a country column: "the whole file is one country"', async ({
	page
}) => {
	const path = write(
		'national_poverty.csv',
		'Year,Poverty rate (%)\n2015,7.2\n2016,8.6\n2017,7.9\n'
	);
	await openMyData(page);
	await upload(page, path);
	const form = page.getByTestId('mapping');
	// Detection's finds are kept: the year and value columns are already chosen.
	await expect(form.getByLabel('Year', { exact: true })).toHaveValue('0');
	await expect(form.getByLabel('Value', { exact: true })).toHaveValue('1');
	await form
		.getByLabel('Country', { exact: true })
		.selectOption({ label: '— the whole file is one country —' });
	await form.getByLabel('Which country').selectOption({ label: 'Thailand' });
	await form.getByRole('button', { name: 'Apply columns' }).click();
	await importNow(page);
	expect(await importedValues(page, 'national_poverty.csv')).toEqual([
		{ indicator: 'Poverty rate (%)', iso3: 'THA', year: 2015, sex: 'total', value: 7.2 },
		{ indicator: 'Poverty rate (%)', iso3: 'THA', year: 2016, sex: 'total', value: 8.6 },
		{ indicator: 'Poverty rate (%)', iso3: 'THA', year: 2017, sex: 'total', value: 7.9 }
	]);
});

test('a file without a year column: "the whole file is one year" and a typed indicator name', async ({
	page
}) => {
	const path = write('coverage_2020.csv', 'Country,Share\nThailand,55.1\nViet Nam,60.2\n');
	await openMyData(page);
	await upload(page, path);
	const form = page.getByTestId('mapping');
	await form
		.getByLabel('Year', { exact: true })
		.selectOption({ label: '— the whole file is one year —' });
	await form.getByLabel('Which year').fill('2020');
	await form.getByLabel('Indicator name (every value)').fill('Pension coverage');
	await form.getByRole('button', { name: 'Apply columns' }).click();
	await importNow(page);
	expect(await importedValues(page, 'coverage_2020.csv')).toEqual([
		{ indicator: 'Pension coverage', iso3: 'THA', year: 2020, sex: 'total', value: 55.1 },
		{ indicator: 'Pension coverage', iso3: 'VNM', year: 2020, sex: 'total', value: 60.2 }
	]);
});

test('a title line detection takes for the header: the header row is set by hand', async ({
	page
}) => {
	const path = write(
		'titled.csv',
		'Survey,Round 3,Provinces,Draft\nCountry,Year,Value,Note\nThailand,2019,4.5,a\nMyanmar,2019,6.1,b\n'
	);
	await openMyData(page);
	await upload(page, path);
	const choice = page.getByTestId('header-row');
	await expect(choice.getByLabel('Header row (line)')).toHaveValue('1');
	await expect(choice.locator('li').nth(1)).toContainText('Country,Year,Value,Note');
	await choice.getByLabel('Header row (line)').fill('2');
	await choice.getByRole('button', { name: 'Use this row' }).click();
	await expect(page.locator('section.upload')).toHaveAttribute('data-phase', 'review');
	await expect(choice.getByLabel('Header row (line)')).toHaveValue('2');
	await importNow(page);
	expect(await importedValues(page, 'titled.csv')).toEqual([
		{ indicator: 'titled', iso3: 'MMR', year: 2019, sex: 'total', value: 6.1 },
		{ indicator: 'titled', iso3: 'THA', year: 2019, sex: 'total', value: 4.5 }
	]);
	// The file's own table, written on first use, reads the file from the same header row.
	expect(await sql(page, 'SELECT * FROM upload_titled ORDER BY line')).toEqual([
		['3', 'Thailand', '2019', '4.5', 'a'],
		['4', 'Myanmar', '2019', '6.1', 'b']
	]);
});

test('importing the same file again asks first, and "Replace it" keeps one copy', async ({
	page
}) => {
	const path = write('again.csv', 'Country,Year,Value\nThailand,2019,1.5\n');
	await openMyData(page);
	await upload(page, path);
	await importNow(page);
	await page.getByRole('button', { name: 'Add another file' }).click();
	await upload(page, path);
	await page.getByTestId('import').click();
	await expect(page.getByTestId('already-imported')).toBeVisible();
	await page.getByRole('button', { name: 'Replace it' }).click();
	await expect(page.getByTestId('imported')).toBeVisible();
	await expect(page.getByTestId('datasets').locator('ul.datasets > li')).toHaveCount(1);
	expect(await importedValues(page, 'again.csv')).toHaveLength(1);
});

test.describe('a World Bank bulk file re-saved by a spreadsheet in a ";" locale', () => {
	test.skip(!HAS_FIXTURES, SKIP_REASON);

	test('imports without a single choice, every value as in the file it came from', async ({
		page
	}) => {
		const original = fixture('real', 'worldbank_country_bulk_API_THA_DS2_en_csv_v2_1219022.csv');
		const lines = fileLines(original);
		while (lines.at(-1) === '') lines.pop();
		const width = worldBankCells(lines[4]).length;
		// What the spreadsheet writes back: ";" between cells, decimal commas, quotes only where
		// needed, and the short preamble lines padded to the table's width.
		const resaved = lines
			.map((line) => (line === '' ? [] : worldBankCells(line)))
			.map((cells) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')])
			.map((cells) =>
				cells
					.map((c) =>
						/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(c)
							? c.replace('.', ',')
							: /[;"]/.test(c)
								? `"${c.replace(/"/g, '""')}"`
								: c
					)
					.join(';')
			)
			.join('\r\n');
		const name = 'API_THA_resaved.csv';
		await openMyData(page);
		await upload(page, write(name, resaved));
		await expect(page.getByTestId('import')).toBeEnabled();
		expect(await noticeCodes(page)).toEqual(
			expect.arrayContaining(['preamble-skipped', 'decimal-comma'])
		);
		await importNow(page);
		await expectWorldBankValues(page, name, lines);
	});
});
