import { describe, expect, it } from 'vitest';
import { parseTable } from './parse';
import { sniff } from './sniff';

const parse = (text: string) => parseTable(text, sniff(text));

describe('parseTable', () => {
	it('gives each row the file line it starts on, across quoted line breaks', () => {
		const table = parse(
			'country,note,value\nThailand,"two\nlines",1\r\nViet Nam,plain,2\n\nLao PDR,"a ""quoted""\nnote\nhere",3\n'
		);
		expect(table.rows.map((r) => r.line)).toEqual([2, 4, 6]);
		expect(table.rows[2].cells[1]).toBe('a "quoted"\nnote\nhere');
		expect(table.notices.map((n) => n.code)).toEqual(['blank-rows-skipped']);
	});

	it('starts counting after a preamble and sep= line', () => {
		const table = parse('sep=;\nCountry;Value\nThailand;1,5\n');
		expect(table.headerLine).toBe(2);
		expect(table.rows).toEqual([{ line: 3, cells: ['Thailand', '1,5'] }]);
	});

	it('sets aside ragged rows and tolerates only trailing empty cells', () => {
		const table = parse(
			'country,iso3,year,value\nThailand,THA,2019,6.2\nLao PDR,LAO,2018\nKorea, Rep.,KOR,2019,0.2\nViet Nam,VNM,2020,4.8,,,\nMyanmar\n'
		);
		expect(table.rows.map((r) => r.line)).toEqual([2, 5]);
		expect(table.rows[1].cells).toEqual(['Viet Nam', 'VNM', '2020', '4.8']);
		expect(table.skipped.map((s) => [s.line, s.reason])).toEqual([
			[3, 'ragged'],
			[4, 'ragged'],
			[6, 'ragged']
		]);
		const ragged = table.notices.filter((n) => n.code === 'ragged-row');
		expect(ragged.map((n) => [n.line, n.params?.found])).toEqual([
			[3, 3],
			[4, 5],
			[6, 1]
		]);
		expect(table.notices.find((n) => n.code === 'trailing-empty-fields')?.line).toBe(5);
	});

	it('names the line where an unterminated quote starts', () => {
		const table = parse(
			'country,iso3,year,value,note\nThailand,THA,2020,6.8,ok\nViet Nam,VNM,2020,4.8,"this note never closes\nCambodia,KHM,2019,17.8,fine\n'
		);
		expect(table.ok).toBe(false);
		expect(table.notices).toEqual([
			expect.objectContaining({
				level: 'error',
				code: 'unterminated-quote',
				line: 3,
				column: 'note'
			})
		]);
		expect(table.notices[0].message).toMatch(/^Line 3:/);
	});

	it('skips a row with a malformed quote rather than misreading it', () => {
		const table = parse('a,b\n"x"y,2\n"z",3\n');
		expect(table.skipped[0]).toMatchObject({ line: 2, reason: 'malformed-quote' });
	});

	it('refuses an empty file and a header without rows', () => {
		expect(parse('').notices[0]).toMatchObject({ code: 'file-empty' });
		expect(parse(' \n\n').notices[0]).toMatchObject({ code: 'file-empty' });
		const headerOnly = parse('country,iso3,year,indicator,value\n');
		expect(headerOnly.ok).toBe(false);
		expect(headerOnly.notices[0].message).toContain('No data rows (only a header');
	});

	it('names blank and repeated headers and marks empty spacer columns ignorable', () => {
		const table = parse('rank,Country,1990,,1991,,value,value\n1,Thailand,0.5,,0.6,,1,2\n');
		expect(table.columns.map((c) => c.name)).toEqual([
			'rank',
			'Country',
			'1990',
			'column_4',
			'1991',
			'column_6',
			'value',
			'value_2'
		]);
		expect(table.columns.filter((c) => c.ignorable).map((c) => c.index)).toEqual([3, 5]);
		expect(table.notices.map((n) => n.code)).toEqual(['empty-column-ignored', 'duplicate-header']);
		const withValues = parse('a,,b\n1,2,3\n');
		expect(withValues.columns[1]).toMatchObject({
			name: 'column_2',
			generated: true,
			ignorable: false
		});
		expect(withValues.notices[0]).toMatchObject({ code: 'blank-header', column: 2 });
	});

	it('stops before the footer', () => {
		const table = parse(
			'Country Name,Code,2019\nThailand,THA,5\n,,\nData from database: WDI,,\nLast Updated: 11/12/2015,,\n'
		);
		expect(table.rows.map((r) => r.cells[0])).toEqual(['Thailand']);
		expect(table.skipped).toEqual([]);
	});
});
