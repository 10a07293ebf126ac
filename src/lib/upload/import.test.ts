import { describe, expect, it } from 'vitest';
import { importFile, indicatorNameFromFileName } from './import';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('importFile', () => {
	it('chains decode, sniff, parse, shape and validate', () => {
		const result = importFile(
			bytes('\uFEFFsep=;\r\nCountry;ISO3;Year;Value\r\nSingapore;SGP;2020;0,0\r\n'),
			'poverty.csv'
		);
		expect(result).toMatchObject({ ok: true, encoding: 'utf-8', shape: 'long' });
		expect(result.rows).toEqual([
			{ indicator: 'poverty', iso3: 'SGP', year: 2020, sex: 'total', value: 0, line: 3 }
		]);
	});

	it('refuses files above the size limit before reading them', () => {
		const result = importFile(new Uint8Array(3 * 1024 * 1024), 'big.csv', {
			maxBytes: 1024 * 1024
		});
		expect(result.ok).toBe(false);
		expect(result.notices[0]).toMatchObject({ code: 'file-too-large' });
		expect(result.notices[0].message).toContain('File too large (3.0 MB > 1.0 MB limit)');
	});

	it('takes a corrected mapping and a forced encoding', () => {
		const text = 'x,y,z\nThailand,2019,1\n';
		const result = importFile(bytes(text), 'a.csv', {
			mapping: { country: 0, year: 1, value: 2, indicatorName: 'GDP' },
			encoding: 'windows-1252'
		});
		expect(result.rows).toEqual([
			{ indicator: 'GDP', iso3: 'THA', year: 2019, sex: 'total', value: 1, line: 2 }
		]);
		expect(result.notices[0].code).toBe('encoding-forced');
	});

	it('names the indicator after the file when nothing else does', () => {
		expect(indicatorNameFromFileName('C:\\data\\Human Development Index (HDI).csv')).toBe(
			'Human Development Index (HDI)'
		);
		expect(indicatorNameFromFileName('poverty.TSV')).toBe('poverty');
	});
});
