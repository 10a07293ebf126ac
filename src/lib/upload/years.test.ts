import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	analyseYearColumn,
	beToCe,
	ceToBe,
	headerEra,
	parseYear,
	yearFromHeader,
	YEAR_MAX,
	YEAR_MIN
} from './years';

const yearOf = (raw: string) => {
	const parsed = parseYear(raw);
	return parsed.ok ? parsed.year : parsed.reason;
};

describe('parseYear', () => {
	it('reads the forms exports use', () => {
		expect(yearOf('2019')).toBe(2019);
		expect(yearOf(' 1990.0 ')).toBe(1990);
		expect(yearOf('2015 [YR2015]')).toBe(2015);
		expect(yearOf('YR2015')).toBe(2015);
		expect(yearOf('๒๕๖๒')).toBe(2019);
	});

	it('converts Buddhist Era years, marked or not', () => {
		expect(parseYear('2562')).toMatchObject({
			ok: true,
			year: 2019,
			era: 'be',
			explicit: false,
			written: 2562
		});
		expect(parseYear('พ.ศ. 2562')).toMatchObject({
			ok: true,
			year: 2019,
			era: 'be',
			explicit: true
		});
		expect(yearOf('พ.ศ.2562')).toBe(2019);
		expect(yearOf('ปี 2563')).toBe(2020);
		expect(yearOf('ปี พ.ศ. 2563')).toBe(2020);
		expect(yearOf('B.E. 2562')).toBe(2019);
		expect(yearOf('2562 BE')).toBe(2019);
		expect(parseYear('2564 (ประมาณการ)')).toMatchObject({
			ok: true,
			year: 2021,
			annotation: 'ประมาณการ'
		});
		expect(yearOf('2561')).toBe(2018);
		expect(yearOf('ค.ศ. 2019')).toBe(2019);
	});

	it('refuses spans, dates, other numbers and out-of-range years', () => {
		expect(yearOf('2019-20')).toBe('span');
		expect(yearOf('2019/2020')).toBe('span');
		expect(yearOf('2019-01-01')).toBe('not-a-year');
		expect(yearOf('2015 [YR2016]')).toBe('not-a-year');
		expect(yearOf('HDI Rank (2017)')).toBe('not-a-year');
		expect(yearOf('19')).toBe('not-a-year');
		expect(yearOf('1700')).toBe('out-of-range');
		expect(yearOf('2200')).toBe('out-of-range');
		expect(yearOf('พ.ศ. 2019')).toBe('out-of-range');
		expect(yearOf('C.E. 2562')).toBe('out-of-range');
	});

	it('reads years in wide-table headers', () => {
		expect(yearFromHeader('hdi_2019')).toMatchObject({ ok: true, year: 2019 });
		expect(yearFromHeader('X2019')).toMatchObject({ ok: true, year: 2019 });
		expect(yearFromHeader('1960 [YR1960]')).toMatchObject({ ok: true, year: 1960 });
		expect(yearFromHeader('HDI Rank (2017)').ok).toBe(false);
		expect(yearFromHeader('iso_3166').ok).toBe(false);
	});

	it('names the era of a header and flags mixed columns', () => {
		expect(headerEra('ปี พ.ศ.')).toBe('be');
		expect(headerEra('Year (B.E.)')).toBe('be');
		expect(headerEra('ค.ศ.')).toBe('ce');
		expect(headerEra('Year')).toBeNull();
		const column = ['2558', '2559', '2560', '2561', 'พ.ศ. 2562', '2022'].map(parseYear);
		expect(analyseYearColumn(column, 'ปี')).toMatchObject({
			era: 'mixed',
			majority: 'be',
			beCount: 5,
			ceCount: 1
		});
		expect(column.at(-1)).toMatchObject({ ok: true, year: 2022, era: 'ce' });
		expect(analyseYearColumn(['2562', '2563'].map(parseYear), 'ปี พ.ศ.').era).toBe('be');
		expect(analyseYearColumn(['2019'].map(parseYear), 'ปี พ.ศ.').era).toBe('mixed');
	});

	it('round-trips C.E. ↔ B.E. and never leaves the range', () => {
		fc.assert(
			fc.property(fc.integer({ min: YEAR_MIN, max: YEAR_MAX }), (ce) => {
				expect(beToCe(ceToBe(ce))).toBe(ce);
				expect(parseYear(String(ce))).toMatchObject({ ok: true, year: ce, era: 'ce' });
				expect(parseYear(String(ceToBe(ce)))).toMatchObject({ ok: true, year: ce, era: 'be' });
				expect(parseYear(`พ.ศ. ${ceToBe(ce)}`)).toMatchObject({ ok: true, year: ce });
			})
		);
		fc.assert(
			fc.property(
				fc.oneof(fc.integer({ min: 0, max: 9999 }).map(String), fc.string({ maxLength: 12 })),
				(raw) => {
					const parsed = parseYear(raw);
					if (parsed.ok) {
						expect(parsed.year).toBeGreaterThanOrEqual(YEAR_MIN);
						expect(parsed.year).toBeLessThanOrEqual(YEAR_MAX);
					}
				}
			),
			{ numRuns: 2000 }
		);
	});
});
