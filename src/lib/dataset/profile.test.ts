import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from './types';
import { coverageRow } from './gaps';
import { median, profileEntry, trendOf } from './profile';

const indicator = (direction: Indicator['direction'], comparable = true): Indicator => ({
	id: 'x',
	group: 'older-persons',
	name: { en: 'x', th: 'x' },
	unit: { en: '%', th: 'ร้อยละ' },
	definition: { en: '', th: '' },
	decimals: 1,
	direction,
	source: { publisher: '', dataset: '', series: '', url: '', licence: '' },
	comparable
});

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

describe('country profile', () => {
	it('ranks the latest value among members with data, best first', () => {
		const entry = profileEntry(indicator('higher-is-better'), rows, 'total', 'THA');
		expect(entry.latest).toEqual({ year: 2016, value: 83, flag: '' });
		expect(entry.rank).toBe(2);
		expect(entry.ranked).toBe(4);
		expect(entry.median).toBe(61.5);
		expect(entry.trend).toBe('better');
		expect(entry.series).toHaveLength(2);
		expect(profileEntry(indicator('lower-is-better'), rows, 'total', 'THA').rank).toBe(3);
	});

	it('has no rank or median where the figures are not comparable', () => {
		const entry = profileEntry(indicator('higher-is-better', false), rows, 'total', 'THA');
		expect(entry.rank).toBeNull();
		expect(entry.median).toBeNull();
	});

	it('leaves a member without data empty, not zero', () => {
		const entry = profileEntry(indicator('higher-is-better'), rows, 'total', 'BRN');
		expect(entry.latest).toBeNull();
		expect(entry.rank).toBeNull();
		expect(entry.trend).toBeNull();
	});

	it('reads the direction of change', () => {
		expect(trendOf(10, 12, 'lower-is-better')).toBe('worse');
		expect(trendOf(10, 8, 'lower-is-better')).toBe('better');
		expect(trendOf(10, 12, 'neutral')).toBe('up');
		expect(trendOf(10, 10, 'higher-is-better')).toBe('same');
	});

	it('takes the median of odd and even counts', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNull();
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
