import { describe, expect, it } from 'vitest';
import { fromRecord, toRecord, yearRuns, yearsOfRuns } from './meta-record';
import type { DatasetMeta } from './types';

describe('metadata as stored', () => {
	it('keeps years as runs of consecutive years and gives them back', () => {
		expect(yearRuns([])).toEqual([]);
		expect(yearRuns([2000])).toEqual([2000, 2000]);
		expect(yearRuns([1960, 1961, 1962, 1970, 1972, 1973])).toEqual([
			1960, 1962, 1970, 1970, 1972, 1973
		]);
		for (const years of [[], [1900], [1900, 2100], [1990, 1991, 1993, 1994, 1995, 2010]])
			expect(yearsOfRuns(yearRuns(years))).toEqual(years);
		const all = Array.from({ length: 64 }, (_, k) => 1960 + k);
		expect(yearRuns(all)).toEqual([1960, 2023]);
	});

	it('round-trips a dataset, and reads a record written before with its years as they are', () => {
		const meta: DatasetMeta = {
			id: 'abc',
			name: 'Wide',
			fileName: 'wide.csv',
			createdAt: '2026-12-07T00:00:00.000Z',
			encoding: 'utf-8',
			mapping: null,
			observations: 5,
			indicators: [
				{
					id: 'user-abc-1',
					name: 'A',
					unit: '%',
					sexes: ['total'],
					years: [2000, 2001, 2005],
					observations: 3
				},
				{
					id: 'user-abc-2',
					name: 'B',
					code: 'X.1',
					unit: '',
					decimals: 2,
					sexes: ['female', 'male'],
					years: [],
					observations: 0
				}
			]
		};
		const record = toRecord(meta);
		expect(record.indicators[0]).not.toHaveProperty('years');
		expect(record.indicators[0].yearRuns).toEqual([2000, 2001, 2005, 2005]);
		expect(fromRecord(record)).toEqual(meta);
		expect(fromRecord(structuredClone(meta))).toEqual(meta);
	});
});
