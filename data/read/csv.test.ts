import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRows } from './csv';

describe('parseCsvRows', () => {
	it('keeps field text exactly, removing only the quotes', () => {
		const rows = parseCsvRows('a,b,c\n"12.50", 3.0 ,"say ""hi"""\n');
		expect(rows.map((r) => r.fields)).toEqual([
			['a', 'b', 'c'],
			['12.50', ' 3.0 ', 'say "hi"']
		]);
	});

	it('handles CRLF, a byte-order mark, a missing final newline and commas inside quotes', () => {
		const rows = parseCsvRows('\uFEFFx,y\r\n"1,5",2\r\n3,4');
		expect(rows.map((r) => r.fields)).toEqual([
			['x', 'y'],
			['1,5', '2'],
			['3', '4']
		]);
	});

	it("keeps text after a stray closing quote, as Python's csv module does", () => {
		const rows = parseCsvRows('a,b\n"title: "Quoted" part",2\n');
		expect(rows[1].fields).toEqual(['title: Quoted" part"', '2']);
	});

	it('reports the line a record starts on, even after a quoted newline', () => {
		const rows = parseCsvRows('h1,h2\n"two\nlines",x\nlast,y\n');
		expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
	});
});

describe('parseCsv', () => {
	it('keys records by header name', () => {
		const table = parseCsv('geo,time,v\ntha,2020,1.0\n', 'test.csv');
		expect(table.records).toEqual([{ line: 2, values: { geo: 'tha', time: '2020', v: '1.0' } }]);
	});

	it('names the file and line when a row has the wrong number of fields', () => {
		expect(() => parseCsv('a,b\n1,2\n1,2,3\n', 'bad.csv')).toThrow('bad.csv:3: 3 fields');
	});
});
