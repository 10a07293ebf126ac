import { describe, expect, it } from 'vitest';
import { tableFromText, tablesFromText } from './text-tables';

describe('readCsvFiles (native DuckDB, every column as text)', () => {
	it('keeps numbers exactly as written and empty fields as empty text', async () => {
		const table = await tableFromText(
			'geo,time,v\ntha,2020,12.50\nvnm,2021,\nlao,2022,"0.9801384000000002"\n'
		);
		expect(table.header).toEqual(['geo', 'time', 'v']);
		expect(table.records).toEqual([
			{ line: 2, values: { geo: 'tha', time: '2020', v: '12.50' } },
			{ line: 3, values: { geo: 'vnm', time: '2021', v: '' } },
			{ line: 4, values: { geo: 'lao', time: '2022', v: '0.9801384000000002' } }
		]);
	});

	it('drops a UTF-8 byte-order mark and reads CRLF files', async () => {
		const table = await tableFromText('\uFEFFiso3,hdi_2022\r\nTHA,0.803\r\n');
		expect(table.header).toEqual(['iso3', 'hdi_2022']);
		expect(table.records[0].values).toEqual({ iso3: 'THA', hdi_2022: '0.803' });
	});

	it('unquotes doubled quotes inside a quoted field', async () => {
		const table = await tableFromText('a,b\n"say ""hi""",2\n');
		expect(table.records[0].values.a).toBe('say "hi"');
	});

	it('names the file and line when a row has too many or too few fields', async () => {
		await expect(tablesFromText({ 'wide.csv': 'a,b\n1,2\n1,2,3\n' })).rejects.toThrow(
			'wide.csv:3: Expected Number of Columns: 2 Found: 3'
		);
		await expect(tablesFromText({ 'narrow.csv': 'a,b\n1,2\n1\n' })).rejects.toThrow(
			'narrow.csv:3, column b: Expected Number of Columns: 2 Found: 1'
		);
	});

	it('reads a quoted free-text field with bare quotes inside, keeping the other rows strict', async () => {
		const table = await tableFromText('a,b\n"title: "Quoted" part",2\nx,3\n');
		expect(table.records.map((r) => r.values.b)).toEqual(['2', '3']);
		expect(table.records[0].values.a).toContain('Quoted');
	});

	it('refuses an empty file', async () => {
		await expect(tablesFromText({ 'empty.csv': '' })).rejects.toThrow('empty.csv: empty file');
	});
});
