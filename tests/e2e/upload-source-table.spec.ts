import { expect, test } from './fixtures';
import {
	fileLines,
	fixture,
	HAS_FIXTURES,
	importNow,
	openMyData,
	SKIP_REASON,
	sql,
	upload
} from './upload-helpers';

const DATABANK = 'worldbank_databank_Data_Extract_From_World_Development_Indicators_Data.csv';
const TABLE = 'upload_worldbank_databank_data_extract_from_world_development_indicators_data';

/** Console SQL that should fail: the error text. */
async function sqlError(page: import('@playwright/test').Page, query: string): Promise<string> {
	try {
		await sql(page, query);
	} catch (error) {
		return String(error);
	}
	throw new Error(`expected "${query}" to fail`);
}

/** What the browser keeps as the one upload's own table: the file as uploaded (its name), or CSV. */
function storedSource(page: import('@playwright/test').Page) {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('asean-dashboard-user-data');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction('sources').objectStore('sources').getAll();
					all.onerror = () => reject(all.error);
					all.onsuccess = () => {
						const [blob] = all.result as Blob[];
						open.result.close();
						resolve(blob instanceof File ? blob.name : 'CSV');
					};
				};
			})
	);
}

test.describe("the analyst's own table in the SQL console", () => {
	test.skip(!HAS_FIXTURES, SKIP_REASON);

	test('every column and row of the file, traced by line, kept across reloads, gone on delete', async ({
		page
	}) => {
		// An import, a reload that restores it and a delete: 40-50 s on a busy 2-core CI machine.
		test.setTimeout(150_000);
		await openMyData(page);
		await upload(page, fixture('real', DATABANK));
		// Once it has answered, the parse worker goes, with the parsed file: the import needs none.
		const parseWorkers = () => page.workers().filter((w) => /parse\.worker/.test(w.url()));
		await expect.poll(() => parseWorkers().length, { timeout: 30_000 }).toBe(0);
		await importNow(page);
		expect(parseWorkers()).toHaveLength(0);
		// The file is kept as uploaded; a query that does not name its table does not read it.
		expect(await sql(page, 'SELECT count(*) FROM countries')).toEqual([['11']]);
		expect(await storedSource(page)).toBe(DATABANK);
		const listed = page.getByTestId('sql-console').locator('.tables');
		await expect(listed).toContainText(`${TABLE} (line, Country Name, Country Code, Series Name`);

		const lines = fileLines(fixture('real', DATABANK));
		const header = lines[0].split(',');
		// Every data row, the countries beyond ASEAN too; no blank padding rows, no footer.
		const dataLines = lines
			.slice(1)
			.filter((l) => l.replace(/,/g, '').trim() && !/^(Data from|Last Updated)/.test(l));
		const codes = new Set(dataLines.map((l) => /^(?:"[^"]*"|[^,]*),([^,]*),/.exec(l)?.[1]));
		expect(
			await sql(page, `SELECT count(*), count(DISTINCT "Country Code") FROM ${TABLE}`)
		).toEqual([[String(dataLines.length), String(codes.size)]]);
		expect(codes.size).toBeGreaterThan(11);

		// A value found in SQL is the cell on that line of the file, as text, exactly as written.
		const [[line, value, code]] = await sql(
			page,
			`SELECT line, "1990 [YR1990]", "Series Code" FROM ${TABLE}
			WHERE "Country Code" = 'THA' AND "Series Code" = 'NY.GDP.MKTP.CD'`
		);
		const cells = lines[Number(line) - 1].split(',');
		expect(cells[0]).toBe('Thailand');
		expect(cells[1]).toBe('THA');
		expect(code).toBe('NY.GDP.MKTP.CD');
		expect(value).toBe(cells[header.indexOf('1990 [YR1990]')]);
		// The shared observations and the file's own table join.
		const [[joined]] = await sql(
			page,
			`SELECT count(*) FROM ${TABLE} t JOIN observations o ON o.iso3 = t."Country Code"
			AND o.flag = 'user' AND o.year = 1990 AND t."1990 [YR1990]" <> '..'
			AND o.value = t."1990 [YR1990]"::DOUBLE`
		);
		expect(Number(joined)).toBeGreaterThan(0);

		// Written once, on first use, the CSV is what is kept for the next visit.
		expect(await storedSource(page)).toBe('CSV');
		await page.reload();
		expect(await sql(page, `SELECT count(*) FROM ${TABLE}`)).toEqual([[String(dataLines.length)]]);

		const item = page.getByTestId('datasets').locator('li[data-dataset]');
		await item.getByRole('button', { name: /^Delete/ }).click();
		await item.getByRole('button', { name: 'Yes, delete' }).click();
		await expect(item).toHaveCount(0);
		await expect(listed).not.toContainText(TABLE);
		expect(await sqlError(page, `SELECT count(*) FROM ${TABLE}`)).toMatch(/does not exist/);
	});
});
