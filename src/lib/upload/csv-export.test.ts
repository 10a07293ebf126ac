import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, neutraliseFormula, toCsv } from './csv-export';

describe('toCsv', () => {
	it('neutralises formula-like strings but leaves numbers as numbers', () => {
		expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
		for (const text of ['=1+1', '+cmd', '-2+3', '@SUM(1)', '\t=cmd', '\r=cmd', '＝1']) {
			expect(csvCell(text).replace(/^"/, '').startsWith("'"), JSON.stringify(text)).toBe(true);
		}
		expect(csvCell(-1.5)).toBe('-1.5');
		expect(csvCell('-1.5')).toBe('-1.5');
		expect(csvCell('-4.8e-3')).toBe('-4.8e-3');
		for (const text of ['-1.5+2', '-1;5', '- 1', '-', '-.', '-1e', '+1.5', '-0x10']) {
			expect(csvCell(text), JSON.stringify(text)).toBe(`'${text}`);
		}
		expect(csvCell(0)).toBe('0');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvCell(null)).toBe('');
		expect(csvCell('Thailand')).toBe('Thailand');
	});

	it('quotes separators, quotes, line breaks and edge spaces', () => {
		expect(csvCell('Korea, Rep.')).toBe('"Korea, Rep."');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell(' Afghanistan')).toBe('" Afghanistan"');
		expect(csvCell('a;b', ';')).toBe('"a;b"');
	});

	it('writes a header and rows that read back as written (apart from the neutralising quote)', () => {
		const rows = [
			{ country: '=HYPERLINK("http://attacker.invalid")', iso3: 'THA', value: -1.5 },
			{ country: 'Korea, Rep.', iso3: 'KOR', value: 0.2 },
			{ country: '<script>alert(1)</script>', iso3: 'VNM', value: Number.NaN }
		];
		const csv = toCsv(rows, ['country', 'iso3', { key: 'value', header: 'Value (%)' }]);
		expect(csv.split('\r\n')[0]).toBe('country,iso3,Value (%)');
		const back = Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' }).data;
		expect(back).toEqual([
			['country', 'iso3', 'Value (%)'],
			['\'=HYPERLINK("http://attacker.invalid")', 'THA', '-1.5'],
			['Korea, Rep.', 'KOR', '0.2'],
			['<script>alert(1)</script>', 'VNM', '']
		]);
	});
});
