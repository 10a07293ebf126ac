import { describe, expect, it } from 'vitest';
import { tableFromText } from './text-tables';
import { meltHdrColumn } from './undp-hdr';

const HDR = [
	'\uFEFFiso3,country,hdi_rank_2022,hdi_2021,hdi_2022,le_2022,le_f_2022',
	'THA,Thailand,66,0.800,0.803,79.68,83.929',
	'VNM,Viet Nam,107,,0.726,74.59,79.1'
].join('\n');

const hdr = await tableFromText(HDR);

describe('meltHdrColumn', () => {
	it('melts <column>_<year> columns into one row per country and year', () => {
		expect(meltHdrColumn(hdr, 'hdr.csv', 'hdi')).toEqual([
			{ iso3: 'THA', year: 2021, value: '0.800', line: 2 },
			{ iso3: 'THA', year: 2022, value: '0.803', line: 2 },
			{ iso3: 'VNM', year: 2021, value: '', line: 3 },
			{ iso3: 'VNM', year: 2022, value: '0.726', line: 3 }
		]);
	});

	it('does not confuse le with le_f', () => {
		expect(meltHdrColumn(hdr, 'hdr.csv', 'le').map((p) => p.value)).toEqual(['79.68', '74.59']);
	});

	it('fails when the column family does not exist', () => {
		expect(() => meltHdrColumn(hdr, 'hdr.csv', 'gii')).toThrow('no columns named gii_<year>');
	});
});
