import { describe, expect, it } from 'vitest';
import { withDisplay } from './display';
import type { DatasetMeta, StoredIndicator } from './types';

const indicator = (id: string, extra: Partial<StoredIndicator> = {}): StoredIndicator => ({
	id,
	name: id,
	unit: 'persons',
	sexes: ['total'],
	years: [2020],
	observations: 1,
	...extra
});

const dataset: DatasetMeta = {
	id: 'd1',
	name: 'Mine',
	fileName: 'mine.csv',
	createdAt: '2026-12-02T00:00:00Z',
	encoding: null,
	mapping: null,
	indicators: [indicator('user-d1-1', { decimals: 3 }), indicator('user-d1-2')],
	observations: 2
};

describe('withDisplay', () => {
	it('changes only the one indicator, and leaves the dataset it came from as it was', () => {
		const next = withDisplay(dataset, 'user-d1-2', { unit: '%', decimals: 1 });
		expect(next.indicators[1]).toEqual({ ...dataset.indicators[1], unit: '%', decimals: 1 });
		expect(next.indicators[0]).toBe(dataset.indicators[0]);
		expect(dataset.indicators[1].unit).toBe('persons');
		expect(dataset.indicators[1]).not.toHaveProperty('decimals');
	});

	it('"as the values come" removes a precision set before', () => {
		const next = withDisplay(dataset, 'user-d1-1', { unit: 'persons' });
		expect(next.indicators[0]).not.toHaveProperty('decimals');
		expect(dataset.indicators[0].decimals).toBe(3);
	});
});
