import { describe, expect, it } from 'vitest';
import type { ProfileEntry } from '$lib/dataset/profile';
import { gapsCsv, profileCsv } from './table-csv';

const entry = (over: Partial<ProfileEntry>): ProfileEntry => ({
	id: 'x',
	sex: 'total',
	latest: null,
	previous: null,
	rank: null,
	ranked: 0,
	median: null,
	trend: null,
	series: [],
	...over
});

const names = (id: string) =>
	({
		pension: { id, name: 'Pension coverage', unit: '%' },
		evil: { id, name: '=HYPERLINK("http://x")', unit: '@unit' }
	})[id] ?? { id, name: id, unit: '' };

describe('profileCsv', () => {
	const entries = [
		entry({
			id: 'pension',
			latest: { year: 2020, value: 63.123456, flag: '' },
			rank: 2,
			ranked: 9,
			median: 41.5,
			trend: 'better'
		}),
		entry({ id: 'evil' })
	];

	it('writes values as published and keeps a gap empty, never 0', () => {
		const csv = profileCsv({
			iso3: 'THA',
			country: 'Thailand',
			entries,
			indicator: names,
			era: 'ce'
		});
		expect(csv.split('\n')).toEqual([
			'indicator_id,indicator,unit,sex,iso3,country,year,value,flag,rank,members_ranked,asean_median,trend',
			'pension,Pension coverage,%,total,THA,Thailand,2020,63.123456,,2,9,41.5,better',
			`evil,"'=HYPERLINK(""http://x"")",'@unit,total,THA,Thailand,,,,,,,`,
			''
		]);
	});

	it('adds B.E. years before the C.E. column when B.E. is chosen', () => {
		const csv = profileCsv({ iso3: 'THA', country: 'ไทย', entries, indicator: names, era: 'be' });
		const [header, first, second] = csv.split('\n');
		expect(header).toContain(',country,year_be,year,value,');
		expect(first).toContain(',ไทย,2563,2020,63.123456,');
		expect(second).toContain(',ไทย,,,,');
	});
});

describe('gapsCsv', () => {
	const rows = [
		{
			id: 'pension',
			cells: [
				{ iso3: 'THA', latestYear: 2021, years: 12 },
				{ iso3: 'TLS', latestYear: null, years: 0 }
			]
		}
	];
	const country = (iso3: string) => ({ THA: 'Thailand', TLS: 'Timor-Leste' })[iso3] ?? iso3;

	it('writes one line per indicator and member, a member without data with an empty year', () => {
		expect(gapsCsv({ rows, indicator: names, country, era: 'ce' }).split('\n')).toEqual([
			'indicator_id,indicator,iso3,country,latest_year,years_with_data',
			'pension,Pension coverage,THA,Thailand,2021,12',
			'pension,Pension coverage,TLS,Timor-Leste,,0',
			''
		]);
	});

	it('keeps the C.E. year next to the B.E. one', () => {
		const [header, first] = gapsCsv({ rows, indicator: names, country, era: 'be' }).split('\n');
		expect(header).toBe(
			'indicator_id,indicator,iso3,country,latest_year_be,latest_year,years_with_data'
		);
		expect(first).toBe('pension,Pension coverage,THA,Thailand,2564,2021,12');
	});
});
