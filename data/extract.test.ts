import { describe, expect, it } from 'vitest';
import type { Extract, IndicatorSpec } from './catalog/types';
import {
	type Readers,
	type SourceFiles,
	cleanValue,
	createReaders,
	extractIndicator
} from './extract';
import { tablesFromText } from './read/text-tables';

/** The files written to a scratch directory and read back by the pipeline's DuckDB reader. */
async function memoryFiles(files: Record<string, string>): Promise<Readers> {
	const tables = await tablesFromText(files);
	const source: SourceFiles = {
		exists: (path) => tables.has(path),
		table(path) {
			const table = tables.get(path);
			if (!table) throw new Error(`${path}: not found`);
			return table;
		}
	};
	return createReaders(source);
}

function spec(extract: Extract): IndicatorSpec {
	const text = { en: 'x', th: 'ทดสอบ' };
	return {
		id: 'test-indicator',
		group: 'context',
		name: text,
		unit: text,
		definition: text,
		decimals: 1,
		direction: 'neutral',
		source: { publisher: 'p', dataset: 'd', series: 's', url: 'u', licence: 'l' },
		credit: 'c',
		extract
	};
}

const POP = 'gm/ddf--datapoints--pop--by--country--time.csv';
const SDG_DIR = 'sdg';
const PENSN = `${SDG_DIR}/ddf--datapoints--si_cov_pensn--by--geo_area--nature--sex--units--year.csv`;
const STUNT = `${SDG_DIR}/ddf--datapoints--sh_sta_stunt--by--age--geo_area--nature--units--year.csv`;
const ENTITIES = {
	[`${SDG_DIR}/ddf--entities--sex.csv`]: 'sex,name\nbothsex,BOTHSEX\nfemale,FEMALE\nmale,MALE\n',
	[`${SDG_DIR}/ddf--entities--nature.csv`]: 'nature,name\nc,C\nca,CA\ne,E\nn,N\n',
	[`${SDG_DIR}/ddf--entities--age.csv`]: 'age,name\nlt5y,<5Y\nlt1y,<1Y\n'
};

describe('extractIndicator', () => {
	it('keeps ASEAN members only, cuts projections and keeps the value text as written', async () => {
		const files = await memoryFiles({
			[POP]: 'country,time,pop\nfra,2000,1\ntha,2020,"12.50"\ntha,2022,3\ntha,2030,4\nlao,2021, \n'
		});
		const { observations, dropped } = extractIndicator(
			spec({ from: 'gapminder', files: { total: POP }, lastObservedYear: 2021 }),
			files
		);
		expect(observations.map((o) => [o.iso3, o.year, o.sex, o.value, o.flag])).toEqual([
			['THA', 2020, 'total', '12.50', '']
		]);
		expect(dropped).toEqual({ 'after 2021': 2, empty: 1 });
	});

	it('never keeps a year after 2024, even without a catalogue cut', async () => {
		const files = await memoryFiles({ [POP]: 'country,time,pop\ntha,2024,1\ntha,2025,2\n' });
		const { observations } = extractIndicator(
			spec({ from: 'gapminder', files: { total: POP } }),
			files
		);
		expect(observations.map((o) => o.year)).toEqual([2024]);
	});

	it('decodes SDG sex and nature, maps M49 codes and drops non-relevant or text values', async () => {
		const files = await memoryFiles({
			...ENTITIES,
			[PENSN]: [
				'geo_area,nature,sex,units,year,si_cov_pensn',
				'96,e,bothsex,percent,2019,80.0',
				'96,c,female,percent,2019,78.5',
				'764,ca,male,percent,2019,12',
				'764,n,bothsex,percent,2019,5',
				'608,c,bothsex,percent,2019,N',
				'250,c,bothsex,percent,2019,99'
			].join('\n')
		});
		const { observations, dropped } = extractIndicator(
			spec({ from: 'sdg', file: PENSN, slice: { units: 'PERCENT' } }),
			files
		);
		expect(observations.map((o) => [o.iso3, o.sex, o.value, o.flag])).toEqual([
			['BRN', 'total', '80.0', 'estimate'],
			['BRN', 'female', '78.5', ''],
			['THA', 'male', '12', 'country-adjusted']
		]);
		expect(dropped).toEqual({ 'not a number ("N")': 1 });
	});

	it('refuses an SDG slice that leaves a dimension open', async () => {
		const files = await memoryFiles({
			...ENTITIES,
			[STUNT]: 'age,geo_area,nature,units,year,sh_sta_stunt\nlt5y,418,c,per_pop_u5,2017,30\n'
		});
		expect(() =>
			extractIndicator(
				spec({ from: 'sdg', file: STUNT, slice: { units: 'PER_POP_U5' }, sex: 'total' }),
				files
			)
		).toThrow('does not fix dimension(s) age');
	});

	it('stops the build when a slice yields two values for one country, year and sex', async () => {
		const files = await memoryFiles({
			...ENTITIES,
			[STUNT]:
				'age,geo_area,nature,units,year,sh_sta_stunt\nlt5y,418,c,per_pop_u5,2017,30\nlt5y,418,e,per_pop_u5,2017,31\n'
		});
		expect(() =>
			extractIndicator(
				spec({
					from: 'sdg',
					file: STUNT,
					slice: { age: '<5Y', units: 'PER_POP_U5' },
					sex: 'total'
				}),
				files
			)
		).toThrow('two values for LAO 2017 total');
	});

	it('filters tidy rows on columns and note keys, and maps portal nature to flags', async () => {
		const header =
			'source_id,series_code,series_name,iso3,year,sex,disability_status,age,value,unit,source_url_or_repo,source_table,note';
		const files = await memoryFiles({
			'p.csv': [
				header,
				's,SE_TOT_CPLR,n,IDN,2018,F,,,95.10,Percent,r,t,location=all areas; nature_code=C',
				's,SE_TOT_CPLR,n,IDN,2018,F,,,90.00,Percent,r,t,location=rural; nature_code=C',
				's,LE60,n,THA,2018,_T,,,22.697,Years,r,t,time_detail=2015-2020; nature=Estimated'
			].join('\n')
		});
		const completion = extractIndicator(
			spec({
				from: 'tidy',
				file: 'p.csv',
				seriesCode: 'SE_TOT_CPLR',
				note: { location: 'all areas' }
			}),
			files
		);
		expect(completion.observations.map((o) => [o.sex, o.value, o.flag])).toEqual([
			['female', '95.10', '']
		]);
		const lifeExpectancy = extractIndicator(
			spec({ from: 'tidy', file: 'p.csv', seriesCode: 'LE60' }),
			files
		);
		expect(lifeExpectancy.observations[0].flag).toBe('estimate');
		const period = extractIndicator(
			spec({ from: 'tidy', file: 'p.csv', seriesCode: 'LE60', flag: 'period-midpoint' }),
			files
		);
		expect(period.observations[0].flag).toBe('period-midpoint');
	});

	it('refuses a tidy row whose year is a range instead of inventing a year', async () => {
		const files = await memoryFiles({
			'd.csv':
				'source_id,series_code,series_name,iso3,year,sex,disability_status,age,value,unit,source_url_or_repo,source_table,note\n' +
				's,WHS,n,LAO,2002-2004,_T,with,18+,5.3,percent,r,t,x\n'
		});
		expect(() =>
			extractIndicator(spec({ from: 'tidy', file: 'd.csv', seriesCode: 'WHS' }), files)
		).toThrow('year "2002-2004" is not a single year');
	});
});

describe('cleanValue', () => {
	it('removes only surrounding whitespace and quotes', async () => {
		expect(cleanValue(' "12.50" ')).toBe('12.50');
		expect(cleanValue('0.9801384000000002')).toBe('0.9801384000000002');
	});
});
