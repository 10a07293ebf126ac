import { describe, expect, it } from 'vitest';
import { CHART_CSV_COLUMNS, chartCsv, csvRowsFromPoints, type ChartCsvRow } from './csv';

const attribution = {
	source: 'World Bank, Global Findex',
	licence: 'CC BY 4.0',
	url: 'https://example.org/findex'
};

const row = (overrides: Partial<ChartCsvRow> = {}): ChartCsvRow => ({
	indicator_id: 'account-ownership',
	iso3: 'IDN',
	year: 2011,
	sex: 'female',
	value: 19.21,
	flag: 'global-monitoring',
	country: 'Indonesia',
	...overrides
});

describe('chartCsv', () => {
	it('starts every row with the columns of observations.csv, then the attribution', () => {
		const csv = chartCsv({ rows: [row()], ...attribution });
		expect(csv).toBe(
			'indicator_id,iso3,year,sex,value,flag,country,source,licence,source_url\n' +
				'account-ownership,IDN,2011,female,19.21,global-monitoring,Indonesia,' +
				'"World Bank, Global Findex",CC BY 4.0,https://example.org/findex\n'
		);
		expect(CHART_CSV_COLUMNS.slice(0, 6).join(',')).toBe('indicator_id,iso3,year,sex,value,flag');
	});

	it('writes values as stored: no rounding, no locale digits, negatives stay numbers', () => {
		const values = [0.000123, 1234567.891, -1.5, 100, 12.46943];
		const csv = chartCsv({ rows: values.map((value) => row({ value })), ...attribution });
		const written = csv
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.split(',')[4]);
		expect(written).toEqual(['0.000123', '1234567.891', '-1.5', '100', '12.46943']);
	});

	it('keeps the order the caller gives', () => {
		const rows = [row({ iso3: 'THA', year: 2020 }), row({ iso3: 'IDN', year: 2014 })];
		const iso3s = chartCsv({ rows, ...attribution })
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.split(',')[1]);
		expect(iso3s).toEqual(['THA', 'IDN']);
	});

	it('neutralises text cells a spreadsheet would run as formulas', () => {
		const dangerous = ['=HYPERLINK("http://x")', '+cmd|x', '-2+3', '@SUM(A1)', '\tx', '\rx'];
		for (const text of dangerous) {
			const line = chartCsv({ rows: [row({ country: text })], ...attribution }).split('\n')[1];
			expect(line).not.toMatch(/,"?[=+\-@\t\r]/);
			expect(line).toContain(`'${text.replace(/"/g, '""')}`);
		}
		const source = chartCsv({ rows: [row()], ...attribution, source: '=1+1' });
		expect(source.split('\n')[1]).toContain(",'=1+1,");
	});

	it('quotes commas, quotes and line breaks inside a cell, and keeps Thai text as is', () => {
		const line = chartCsv({
			rows: [row({ country: 'Lao "PDR", north\nregion', flag: 'ประมาณการ' })],
			...attribution
		})
			.split('\n')
			.slice(1)
			.join('\n');
		expect(line).toContain('ประมาณการ,"Lao ""PDR"", north\nregion"');
	});
});

describe('csvRowsFromPoints', () => {
	it('leaves out rows without a value and names the countries', () => {
		const rows = csvRowsFromPoints(
			'birth-registration',
			[
				{ iso3: 'THA', year: 2019, sex: 'total', value: 99.6, flag: '' },
				{ iso3: 'SGP', year: null, sex: 'total', value: null, flag: '' }
			],
			(iso3) => (iso3 === 'THA' ? 'Thailand' : iso3)
		);
		expect(rows).toEqual([
			{
				indicator_id: 'birth-registration',
				iso3: 'THA',
				year: 2019,
				sex: 'total',
				value: 99.6,
				flag: '',
				country: 'Thailand'
			}
		]);
	});
});
