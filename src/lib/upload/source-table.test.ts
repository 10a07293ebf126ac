import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseFile, readSource } from './import';
import type { ParsedTable } from './parse';
import { uploadTable } from './sql-console';
import {
	csvHeader,
	csvRows,
	sourceColumns,
	sourceTableName,
	sourceViewSql,
	type SourceRead
} from './source-table';

const root = path.resolve(process.cwd(), '../shared/fixtures/upload');
const dir = mkdtempSync(path.join(tmpdir(), 'source-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What DuckDB reads back through the console's view: every cell, by position, as text. */
async function readBack(table: ParsedTable, name = 'upload_test') {
	const csv = { columns: sourceColumns(table.columns.map((c) => c.name)) };
	const file = path.join(dir, `${name}.csv`);
	writeFileSync(file, csvHeader(csv.columns) + csvRows(table.rows));
	const conn = await (await DuckDBInstance.create()).connect();
	await conn.run(sourceViewSql({ name, columns: csv.columns }, file));
	const reader = await conn.runAndReadAll(`SELECT * FROM "${name}" ORDER BY 1`);
	return { columns: reader.columnNames(), rows: reader.getRows(), csv };
}

/** The importer's table with the line first, as the view should hold it (empty cells are NULL). */
const expected = (table: ParsedTable) =>
	table.rows.map((row) => [row.line, ...row.cells.map((c) => (c === '' ? null : c))]);

function tableOf(text: string, name = 'test.csv'): ParsedTable {
	const { table } = analyseFile(new TextEncoder().encode(text), name);
	if (!table) throw new Error(`${name} was not read as a table`);
	return table;
}

describe('the upload as its own table', () => {
	it('keeps every cell as written: quotes, commas, line breaks, Thai, spaces, formulas', async () => {
		const table = tableOf(
			[
				'country,year,value,note,line',
				'Thailand,2020,"1,234.5","said ""about"" 5, roughly",a',
				'ไทย,2021, 12 % ,"two\nlines",=1+2',
				'Viet Nam,2022,..,,"-4.8"'
			].join('\n')
		);
		const back = await readBack(table);
		// The file's own `line` column keeps its name; the line in the file takes `line_2`.
		expect(back.columns).toEqual(['line_2', 'country', 'year', 'value', 'note', 'line']);
		expect(back.rows).toEqual(expected(table));
		expect(back.rows.map((r) => r[0])).toEqual([2, 3, 5]);
	});

	it('names repeated and blank headers as the importer does', async () => {
		const table = tableOf('country,Value,value,,year\nThailand,1,2,3,2020\n');
		const back = await readBack(table);
		expect(back.columns).toEqual(['line', 'country', 'Value', 'value_2', 'column_4', 'year']);
		expect(back.rows).toEqual(expected(table));
	});

	it('writes the same CSV a batch at a time as from the whole table, whatever the batch', () => {
		const text = [
			'preamble;;;',
			'country,year,value,note',
			'Thailand,2020,"1,5","two\nlines"',
			'',
			'Viet Nam,2021,2,a,,',
			'Lao PDR,2021,"3"x",b',
			'Myanmar,2021,4',
			'Cambodia,2022,5,"said ""hi"""',
			...Array.from({ length: 40 }, (_, i) => `Brunei,${1990 + i},${i},`),
			'',
			''
		].join('\n');
		const bytes = new TextEncoder().encode(text);
		const read: SourceRead = { headerLine: 2 };
		const { table } = analyseFile(bytes, 'batches.csv', read);
		if (!table?.ok) throw new Error('not a table');
		const whole = csvHeader(sourceColumns(table.columns.map((c) => c.name))) + csvRows(table.rows);
		// Ragged and malformed rows are left out, blank ones skipped, the trailing empty cell cut.
		expect(table.rows.map((r) => r.line).slice(0, 3)).toEqual([3, 6, 9]);
		expect(table.skipped.map((r) => [r.line, r.reason])).toEqual([
			[7, 'malformed-quote'],
			[8, 'ragged']
		]);
		expect(table.rows).toHaveLength(43);
		for (const batch of [1, 2, 3, 7, 43, 1000]) {
			const parts: string[] = [];
			const csv = readSource(bytes, read, (part) => parts.push(part), batch);
			expect(parts.join(''), `batch ${batch}`).toBe(whole);
			expect(csv?.rows).toBe(43);
			// The header, then one part per batch that kept rows: never the whole table at once.
			expect(parts.length, `batch ${batch}`).toBeGreaterThanOrEqual(1 + Math.floor(43 / batch));
		}
	});

	it.skipIf(!existsSync(root))(
		'reads back every real and broken fixture that parses, cell for cell',
		async () => {
			let checked = 0;
			for (const sub of ['real', 'bad']) {
				for (const name of readdirSync(path.join(root, sub)).filter((f) => /\.csv$/i.test(f))) {
					const { table } = analyseFile(
						new Uint8Array(readFileSync(path.join(root, sub, name))),
						name
					);
					if (!table?.ok || !table.rows.length) continue;
					const back = await readBack(table, `upload_${checked}`);
					expect(back.rows, name).toEqual(expected(table));
					expect(back.columns.slice(1), name).toEqual(table.columns.map((c) => c.name));
					checked++;
				}
			}
			expect(checked).toBeGreaterThan(8);
		},
		60_000
	);

	it.skipIf(!existsSync(root))(
		'reads every fixture later, with the choices of its check, as the check read it',
		() => {
			let compared = 0;
			for (const sub of ['real', 'bad']) {
				for (const name of readdirSync(path.join(root, sub)).filter((f) => /\.csv$/i.test(f))) {
					const bytes = new Uint8Array(readFileSync(path.join(root, sub, name)));
					// As detected, and with the choices a user can make: another header row, another
					// encoding.
					const choices: SourceRead[] = [{}, { headerLine: 2 }, { encoding: 'windows-1252' }];
					for (const read of choices) {
						const { result, table } = analyseFile(bytes, name, read);
						const parts: string[] = [];
						const later = readSource(bytes, read, (part) => parts.push(part), 97);
						if (!table?.ok) {
							expect(later, `${name} ${JSON.stringify(read)}`).toBeNull();
							continue;
						}
						const columns = sourceColumns(table.columns.map((c) => c.name));
						expect(later, name).toEqual({ columns, rows: table.rows.length });
						expect(parts.join(''), `${name} ${JSON.stringify(read)}`).toBe(
							csvHeader(columns) + csvRows(table.rows)
						);
						expect(columns.slice(1)).toEqual(result.columns.map((c) => c.name));
						compared++;
					}
				}
			}
			expect(compared).toBeGreaterThan(30);
		},
		60_000
	);

	it('names the table after the file, unique among the uploads', () => {
		expect(sourceTableName('API_THA_DS2_en_csv_v2.csv', [])).toBe('upload_api_tha_ds2_en_csv_v2');
		expect(sourceTableName('Pension Coverage (2023).CSV', [])).toBe('upload_pension_coverage_2023');
		expect(sourceTableName('a.csv', ['upload_a', 'UPLOAD_A_2'])).toBe('upload_a_3');
		expect(sourceTableName('ข้อมูลผู้สูงอายุ.csv', [])).toBe('upload_file');
		expect(sourceTableName('C:\\exports\\Données.csv', [])).toBe('upload_donnees');
	});

	it('summarises a table of thousands of columns', () => {
		const columns = ['line', 'country', ...Array.from({ length: 5000 }, (_, i) => `IND ${i}`)];
		const listed = uploadTable({ name: 'upload_wide', columns }).columns;
		expect(listed).toMatch(/^line, country, IND 0, .* … IND 4999; 5,002 columns$/);
		expect(listed.length).toBeLessThan(200);
		expect(uploadTable({ name: 'upload_x', columns: ['line', 'a'] }).columns).toBe('line, a');
	});
});
