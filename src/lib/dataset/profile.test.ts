import { describe, expect, it } from 'vitest';
import type { Observation } from './types';
import { coverageRow } from './gaps';
import { trendOf } from './profile';

const obs = (iso3: string, year: number, value: number): Observation => ({
	indicator_id: 'x',
	iso3: iso3 as Observation['iso3'],
	year,
	sex: 'total',
	value,
	flag: ''
});

const rows = [
	obs('THA', 2010, 80),
	obs('THA', 2016, 83),
	obs('VNM', 2016, 40),
	obs('LAO', 2014, 6),
	obs('SGP', 2015, 90)
];

describe('direction of change', () => {
	it('reads the direction of change', () => {
		expect(trendOf(10, 12, 'lower-is-better')).toBe('worse');
		expect(trendOf(10, 8, 'lower-is-better')).toBe('better');
		expect(trendOf(10, 12, 'neutral')).toBe('up');
		expect(trendOf(10, 10, 'higher-is-better')).toBe('same');
	});
});

describe('coverage', () => {
	it('gives every member a cell, with the latest year and the count of years', () => {
		const cells = coverageRow(rows);
		expect(cells).toHaveLength(11);
		expect(cells.find((c) => c.iso3 === 'THA')).toEqual({
			iso3: 'THA',
			latestYear: 2016,
			years: 2
		});
		expect(cells.find((c) => c.iso3 === 'BRN')).toEqual({
			iso3: 'BRN',
			latestYear: null,
			years: 0
		});
	});
});
