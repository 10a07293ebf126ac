import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchCountry } from '../../src/lib/countries/match';
import { expect, test } from './fixtures';
import {
	count,
	expectWorldBankValues,
	fileLines,
	fixture,
	FIXTURES,
	HAS_FIXTURES,
	importedValues,
	importNow,
	noticeCodes,
	openMyData,
	SKIP_REASON,
	sql,
	upload
} from './upload-helpers';

/**
 * Every file in ../shared/fixtures/upload goes through the real upload UI (the file input), and
 * the outcome is checked against EXPECT.md / SOURCES.md, with values read from the files here.
 */
const TESTED = [
	'01_empty.csv',
	'02_header_only.csv',
	'03_binary_xlsx_renamed.csv',
	'05_windows874_thai.csv',
	'06_semicolon_decimal_comma.csv',
	'08_ragged_rows.csv',
	'12_missing_markers.csv',
	'13_formula_injection.csv',
	'14_html_in_names.csv',
	'17_buddhist_era_years_tidy.csv',
	'19_bom_sep_hint_crlf.csv',
	'22_unterminated_quote.csv',
	'owid_grapher_share-of-population-in-extreme-poverty.csv',
	'undp_hdr_Human Development Index (HDI).csv',
	'worldbank_country_bulk_API_THA_DS2_en_csv_v2_1219022.csv',
	'worldbank_databank_Data_Extract_From_World_Development_Indicators_Data.csv'
];

const isNumber = (cell: string) => /^-?\d+(\.\d+)?$/.test(cell.trim());

test.describe('upload: broken and hostile files (bad/)', () => {
	test.skip(!HAS_FIXTURES, SKIP_REASON);

	test('every fixture file is covered by a test here', () => {
		const files = ['bad', 'real'].flatMap((dir) =>
			readdirSync(resolve(FIXTURES, dir)).filter((f) => f.endsWith('.csv'))
		);
		expect(files.sort()).toEqual([...TESTED].sort());
	});

	for (const [name, message] of [
		['01_empty.csv', 'The file is empty'],
		['02_header_only.csv', 'No data rows (only a header'],
		['03_binary_xlsx_renamed.csv', 'Not a text CSV — looks like an Excel/ZIP file; export as CSV'],
		['22_unterminated_quote.csv', 'Line 3: the quoted value in column "note" is never closed']
	] as const) {
		test(`${name} is refused: "${message}"`, async ({ page }) => {
			await openMyData(page);
			await upload(page, fixture('bad', name));
			const refusal = page.getByTestId('refusal');
			await expect(refusal).toContainText(message);
			await expect(page.getByTestId('file-name')).toContainText(name);
			// No garbage rows and nothing to import
			await expect(page.getByTestId('preview')).toHaveCount(0);
			await expect(page.getByTestId('import')).toHaveCount(0);
		});
	}

	test('05 Windows-874: detected and changeable, Thai names mapped, B.E. converted', async ({
		page
	}) => {
		const name = '05_windows874_thai.csv';
		await openMyData(page);
		await upload(page, fixture('bad', name));
		const encoding = page.getByLabel('Text encoding');
		await expect(encoding).toHaveValue('windows-874');
		await expect(page.getByTestId('preview')).toContainText('ไทย');
		await expect(page.getByTestId('preview')).not.toContainText('\uFFFD');
		expect(await noticeCodes(page)).toContain('year-be-converted');

		// Choosing another encoding re-reads the file; choosing it back restores the Thai names.
		await encoding.selectOption('windows-1252');
		await expect(page.getByTestId('preview')).not.toContainText('ไทย');
		await encoding.selectOption('windows-874');
		await expect(page.getByTestId('preview')).toContainText('ไทย');

		await importNow(page);
		const lines = fileLines(fixture('bad', name), 'windows-874').slice(1).filter(Boolean);
		const expected = lines
			.map((line) => {
				const [country, be, value] = line.split(',');
				return { iso3: matchCountry(country)?.iso3, year: Number(be) - 543, value: Number(value) };
			})
			.sort((a, b) => (a.iso3! < b.iso3! ? -1 : 1) || a.year - b.year);
		const values = await importedValues(page, name);
		expect(values.map(({ iso3, year, value }) => ({ iso3, year, value }))).toEqual(expected);
		expect(new Set(values.map((v) => v.iso3)).size).toBe(11);
	});

	test('06 semicolons and decimal commas: 77,7 is 77.7', async ({ page }) => {
		const name = '06_semicolon_decimal_comma.csv';
		await openMyData(page);
		await upload(page, fixture('bad', name));
		expect(await noticeCodes(page)).toEqual(
			expect.arrayContaining(['delimiter-detected', 'decimal-comma'])
		);
		await importNow(page);
		const expected = fileLines(fixture('bad', name))
			.slice(1)
			.filter(Boolean)
			.map((line) => {
				const [, iso3, year, value] = line.split(';');
				return `${iso3} ${year} ${Number(value.replace(',', '.'))}`;
			})
			.sort();
		const values = await importedValues(page, name);
		expect(values.map((v) => `${v.iso3} ${v.year} ${v.value}`).sort()).toEqual(expected);
		expect(values.some((v) => v.value === 77.7)).toBe(true);
	});

	test('08 ragged rows: lines 3, 4 and 7 listed, nothing shifted', async ({ page }) => {
		const name = '08_ragged_rows.csv';
		await openMyData(page);
		await upload(page, fixture('bad', name));
		const lines = fileLines(fixture('bad', name));
		const width = lines[0].split(',').length;
		const ragged = lines
			.map((line, i) => ({ n: i + 1, cells: line.split(',') }))
			.filter(({ n, cells }) => (n > 1 && cells.length > 1) || (n > 1 && cells[0] !== ''))
			.filter(({ cells }) => {
				const trimmed = [...cells];
				while (trimmed.length > width && trimmed.at(-1) === '') trimmed.pop();
				return trimmed.length !== width;
			})
			.map(({ n }) => n);
		expect(ragged).toEqual([3, 4, 7]);
		const report = page.getByTestId('report');
		await expect(report.locator('[data-stat="skipped"] dd')).toHaveText(String(ragged.length));
		const group = report.locator('details[data-reason="ragged"]');
		await group.locator('summary').click();
		for (const n of ragged) await expect(group).toContainText(`Line ${n} has`);
		await importNow(page);
		const values = await importedValues(page, name);
		expect(values.map((v) => `${v.iso3} ${v.year} ${v.value}`)).toEqual([
			'KHM 2019 17.8',
			'THA 2019 6.2',
			'VNM 2020 4.8'
		]);
	});

	test('12 missing markers: missing, never 0; real zeros kept; missing cells counted', async ({
		page
	}) => {
		const name = '12_missing_markers.csv';
		await openMyData(page);
		await upload(page, fixture('bad', name));
		const lines = fileLines(fixture('bad', name));
		const years = lines[0].split(',').slice(2).map(Number);
		const cells = lines
			.slice(1)
			.filter(Boolean)
			.flatMap((line) => {
				const [, iso3, ...values] = line.split(',');
				return values.map((cell, i) => ({ iso3, year: years[i], cell }));
			});
		const numbers = cells.filter((c) => isNumber(c.cell));
		await expect(page.getByTestId('report').locator('[data-stat="missing"] dd')).toHaveText(
			String(cells.length - numbers.length)
		);
		expect(await noticeCodes(page)).toContain('values-missing');
		await importNow(page);
		const values = await importedValues(page, name);
		expect(values.map((v) => `${v.iso3} ${v.year} ${v.value}`).sort()).toEqual(
			numbers.map((c) => `${c.iso3} ${c.year} ${Number(c.cell)}`).sort()
		);
		expect(values.filter((v) => v.value === 0)).toHaveLength(
			numbers.filter((c) => Number(c.cell) === 0).length
		);
	});

	test('13 formulas: inert text, =10*2 is not 20, CSV export neutralises them', async ({
		page
	}) => {
		const name = '13_formula_injection.csv';
		await openMyData(page);
		await upload(page, fixture('bad', name));
		const report = page.getByTestId('report');
		await report.getByTestId('non-numeric').locator('summary').click();
		await expect(report.getByTestId('non-numeric')).toContainText('=10*2');
		expect(await noticeCodes(page)).toContain('value-formula');
		await importNow(page);
		const values = await importedValues(page, name);
		expect(values.some((v) => v.value === 20 || v.iso3 === 'PHL')).toBe(false);
		const expected = fileLines(fixture('bad', name))
			.slice(1)
			.filter(Boolean)
			.map((line) => line.split(','))
			.filter((cells) => isNumber(cells[3]))
			.map((cells) => `${cells[1]} ${cells[2]} ${Number(cells[3])}`)
			.sort();
		expect(values.map((v) => `${v.iso3} ${v.year} ${v.value}`).sort()).toEqual(expected);

		// The SQL console's export writes every formula-like cell with a leading apostrophe.
		await sql(
			page,
			`SELECT * FROM (VALUES ('=HYPERLINK("http://attacker.invalid")'), ('+cmd'), ('@SUM(1)'), ('-2+3'), ('plain')) t(cell)`
		);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export CSV' }).click();
		const file = await (await download).path();
		const text = (await import('node:fs')).readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
		const exported = text.trim().split(/\r?\n/).slice(1);
		expect(exported).toEqual([
			`"'=HYPERLINK(""http://attacker.invalid"")"`,
			"'+cmd",
			"'@SUM(1)",
			"'-2+3",
			'plain'
		]);
	});

	test('14 HTML and script in names: shown as literal text, nothing runs, ISO3 used', async ({
		page
	}) => {
		const name = '14_html_in_names.csv';
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await openMyData(page);
		await upload(page, fixture('bad', name));
		expect(await noticeCodes(page)).toEqual(
			expect.arrayContaining(['country-mapped-by-code', 'markup-in-text'])
		);
		await expect(page.getByTestId('notices')).toContainText('<img src=x onerror=alert(1)>');
		await expect(page.getByTestId('preview')).toContainText(
			'<script>alert(document.cookie)</script>'
		);
		await importNow(page);
		const datasets = page.getByTestId('datasets');
		await datasets.locator('details summary').first().click();
		await expect(datasets).toContainText('<b onmouseover=alert(2)>Poverty</b> headcount (%)');
		const values = await importedValues(page, name);
		expect(values.map((v) => v.iso3).sort()).toEqual(
			fileLines(fixture('bad', name))
				.slice(1)
				.filter(Boolean)
				.map((line) => /,([A-Z]{3}),\d{4},/.exec(line)?.[1])
				.sort()
		);
		// Markup from the file never became elements
		await expect(page.locator('main img, main script, main b')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});

	test('17 Buddhist Era years: converted and said so, the lone 2022 kept, mixed era flagged', async ({
		page
	}) => {
		const name = '17_buddhist_era_years_tidy.csv';
		await openMyData(page);
		await upload(page, fixture('bad', name));
		expect(await noticeCodes(page)).toEqual(
			expect.arrayContaining(['year-be-converted', 'year-mixed-era'])
		);
		await importNow(page);
		const expected = fileLines(fixture('bad', name))
			.slice(1)
			.filter(Boolean)
			.map((line) => {
				const [, written, value] = line.split(',');
				const year = Number(/\d{4}/.exec(written)?.[0]);
				return `${year > 2100 ? year - 543 : year} ${Number(value)}`;
			});
		const values = await importedValues(page, name);
		expect(values.map((v) => `${v.year} ${v.value}`)).toEqual(expected);
		expect(values.at(-1)?.year).toBe(2022);
	});

	test('19 BOM, sep= line, CRLF and blank tail: imported with nothing to warn about', async ({
		page
	}) => {
		const name = '19_bom_sep_hint_crlf.csv';
		await openMyData(page);
		await upload(page, fixture('bad', name));
		await expect(page.getByTestId('preview').locator('thead th').nth(1)).toHaveText('Country');
		await expect(page.getByTestId('notices').locator('li.warning, li.error')).toHaveCount(0);
		await importNow(page);
		const expected = fileLines(fixture('bad', name))
			.slice(2)
			.filter((l) => l.trim())
			.map((line) => {
				const [, iso3, year, value] = line.split(';');
				return `${iso3} ${year} ${Number(value.replace(',', '.'))}`;
			})
			.sort();
		const values = await importedValues(page, name);
		expect(values.map((v) => `${v.iso3} ${v.year} ${v.value}`).sort()).toEqual(expected);
	});
});

test.describe('upload: real exports (real/)', () => {
	test.skip(!HAS_FIXTURES, SKIP_REASON);

	test('World Bank bulk (THA): wide by year, one row per indicator, values equal the cells', async ({
		page
	}) => {
		const name = 'worldbank_country_bulk_API_THA_DS2_en_csv_v2_1219022.csv';
		await openMyData(page);
		await upload(page, fixture('real', name));
		expect(await noticeCodes(page)).toContain('preamble-skipped');
		await importNow(page);
		// Every filled cell, and every 150th indicator against its own row
		await expectWorldBankValues(page, name, fileLines(fixture('real', name)));
	});

	test('DataBank: TMP is Timor-Leste, ".." stays missing, aggregates listed, footer not data', async ({
		page
	}) => {
		const name = 'worldbank_databank_Data_Extract_From_World_Development_Indicators_Data.csv';
		await openMyData(page);
		await upload(page, fixture('real', name));
		expect(await noticeCodes(page)).toContain('footer-skipped');
		const unmatched = page.getByTestId('unmatched');
		await unmatched.locator('summary').click();
		await expect(
			unmatched.locator('tr[data-kind="aggregate"]', { hasText: 'Arab World' })
		).toHaveCount(1);
		await expect(
			unmatched.locator('tr[data-kind="aggregate"] td:first-child', { hasText: /^World$/ })
		).toHaveCount(1);
		await importNow(page);
		const lines = fileLines(fixture('real', name));
		const years = lines[0]
			.split(',')
			.slice(4)
			.map((h) => Number(h.slice(0, 4)));
		const tmp = lines.filter((l) => l.split(',')[1] === 'TMP').map((l) => l.split(','));
		const expected = tmp
			.flatMap((cells) =>
				cells
					.slice(4)
					.flatMap((cell, i) => (cell === '..' ? [] : [`${cells[3]} ${years[i]} ${Number(cell)}`]))
			)
			.sort();
		const timor = await sql(
			page,
			`SELECT u.code, o.year, o.value FROM observations o JOIN user_indicators u ON u.id = o.indicator_id
			WHERE u.file_name = '${name}' AND o.iso3 = 'TLS'`
		);
		expect(timor.map(([code, year, value]) => `${code} ${year} ${Number(value)}`).sort()).toEqual(
			expected
		);
		expect(expected.length).toBeGreaterThan(0);
	});

	test('UNDP HDI: Windows-1252 detected, names matched, values equal the cells', async ({
		page
	}) => {
		const name = 'undp_hdr_Human Development Index (HDI).csv';
		await openMyData(page);
		await upload(page, fixture('real', name));
		await expect(page.getByLabel('Text encoding')).toHaveValue('windows-1252');
		const unmatched = page.getByTestId('unmatched');
		await unmatched.locator('summary').click();
		await expect(unmatched).toContainText("Côte d'Ivoire");
		await importNow(page);
		const lines = fileLines(fixture('real', name), 'windows-1252');
		const header = lines[0].split(',');
		const members = lines
			.slice(1)
			.filter((l) => !l.includes('"'))
			.map((l) => l.split(','))
			.filter((cells) => matchCountry(cells[1] ?? ''));
		const expected = members
			.flatMap((cells) =>
				cells.flatMap((cell, i) =>
					i < 2 || header[i] === '' || cell === ''
						? []
						: [`${matchCountry(cells[1])?.iso3} ${header[i]} ${Number(cell)}`]
				)
			)
			.sort();
		expect(members).toHaveLength(11);
		expect(await count(page, `u.file_name = '${name}'`)).toBe(expected.length);
		const vnm = await sql(
			page,
			`SELECT o.iso3, o.year, o.value FROM observations o JOIN user_indicators u ON u.id = o.indicator_id
			WHERE u.file_name = '${name}' AND o.iso3 IN ('VNM', 'LAO')`
		);
		expect(vnm.map((r) => `${r[0]} ${r[1]} ${Number(r[2])}`).sort()).toEqual(
			expected.filter((e) => e.startsWith('VNM') || e.startsWith('LAO'))
		);
	});

	test('OWID grapher: long shape, Laos and East Timor matched, sub-national rows listed', async ({
		page
	}) => {
		const name = 'owid_grapher_share-of-population-in-extreme-poverty.csv';
		await openMyData(page);
		await upload(page, fixture('real', name));
		const unmatched = page.getByTestId('unmatched');
		await unmatched.locator('summary').click();
		await expect(
			unmatched.locator('tr[data-kind="subnational"]', { hasText: 'Indonesia (urban)' })
		).toHaveCount(1);
		await importNow(page);
		const lines = fileLines(fixture('real', name));
		const expected = lines
			.slice(1)
			.map((l) => l.split(','))
			.filter(([entity]) => matchCountry(entity ?? ''))
			.map(([entity, , year, value]) => `${matchCountry(entity)?.iso3} ${year} ${Number(value)}`)
			.sort();
		const values = await importedValues(page, name);
		expect(values.map((v) => `${v.iso3} ${v.year} ${v.value}`).sort()).toEqual(expected);
		expect(values.some((v) => v.iso3 === 'LAO')).toBe(true);
		expect(values.some((v) => v.iso3 === 'TLS')).toBe(true);
		await expect(page.getByTestId('datasets')).toContainText(name);
	});
});
