import { describe, expect, it } from 'vitest';
import { parseNote, readTidyRows } from './gender-portal';
import { tableFromText } from './text-tables';

describe('parseNote', () => {
	it('splits key=value pairs but keeps "; " inside free-text values', () => {
		expect(
			parseNote('nature=Country Data; comment=9 weeks.; 1 week is unpaid.; isLatestValue=True')
		).toEqual({
			nature: 'Country Data',
			comment: '9 weeks.; 1 week is unpaid.',
			isLatestValue: 'True'
		});
	});
});

describe('readTidyRows', () => {
	it('reads the tidy columns and parses the note', async () => {
		const text = [
			'source_id,series_code,series_name,iso3,year,sex,disability_status,age,value,unit,source_url_or_repo,source_table,note',
			's,SL_TLF_UEMDIS,"Unemployment rate, by sex and disability",IDN,2019,F,Persons with disability,,4.10,Percent,r,t,nature=Country Data'
		].join('\n');
		expect(readTidyRows(await tableFromText(text), 'p.csv')).toEqual([
			{
				seriesCode: 'SL_TLF_UEMDIS',
				seriesName: 'Unemployment rate, by sex and disability',
				iso3: 'IDN',
				year: '2019',
				sex: 'F',
				disabilityStatus: 'Persons with disability',
				age: '',
				value: '4.10',
				unit: 'Percent',
				note: { nature: 'Country Data' },
				line: 2
			}
		]);
	});
});
