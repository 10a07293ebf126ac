import { describe, expect, it } from 'vitest';
import { ISO3_CODES } from '$lib/countries/members';
import type { TidyColumns } from '$lib/storage/user-data';
import { observationColumns } from './observation-columns';

const indicators = [{ id: 'user-abc-1' }, { id: 'user-abc-2' }];

function rows(): TidyColumns {
	// Subarrays of larger buffers: stored arrays need not start at their buffer's first byte.
	return {
		indicator: new Uint32Array([9, 1, 0, 1]).subarray(1),
		iso3: new Uint8Array([
			7,
			...(['SGP', 'BRN', 'VNM'] as const).map((c) => ISO3_CODES.indexOf(c))
		]).subarray(1),
		year: new Int16Array([0, 2019, 1990, 2024]).subarray(1),
		sex: new Uint8Array([5, 0, 1, 2]).subarray(1),
		value: new Float64Array([0, -4.8, 0.1, 1e6]).subarray(1)
	};
}

describe('an upload as the columns of observations', () => {
	it('gives every row its indicator, member and sex as text, and its year and value as stored', () => {
		const table = observationColumns(rows(), indicators);
		expect(table.schema.fields.map((f) => f.name)).toEqual([
			'indicator_id',
			'iso3',
			'year',
			'sex',
			'value',
			'flag'
		]);
		const column = (name: string) => [...table.getChild(name)!];
		expect(column('indicator_id')).toEqual(['user-abc-2', 'user-abc-1', 'user-abc-2']);
		expect(column('iso3')).toEqual(['SGP', 'BRN', 'VNM']);
		expect(column('year')).toEqual([2019, 1990, 2024]);
		expect(column('sex')).toEqual(['total', 'female', 'male']);
		expect(column('value')).toEqual([-4.8, 0.1, 1e6]);
		expect(column('flag')).toEqual(['user', 'user', 'user']);
	});

	it('gives any range of the rows as the same rows, the parts of an append together the whole', () => {
		const whole = observationColumns(rows(), indicators);
		const names = whole.schema.fields.map((f) => f.name);
		const rowsOf = (table: typeof whole) =>
			Array.from({ length: table.numRows }, (_, k) => names.map((n) => table.getChild(n)!.get(k)));
		for (const [from, to] of [
			[0, 1],
			[1, 3],
			[2, 99],
			[3, 3]
		]) {
			expect(rowsOf(observationColumns(rows(), indicators, from, to))).toEqual(
				rowsOf(whole).slice(from, to)
			);
		}
		const parts = [0, 2].flatMap((from) =>
			rowsOf(observationColumns(rows(), indicators, from, from + 2))
		);
		expect(parts).toEqual(rowsOf(whole));
	});

	it('checks only the rows of its range, and names a bad one by its place in the dataset', () => {
		const damaged = rows();
		damaged.sex[2] = 99;
		expect(() => observationColumns(damaged, indicators, 0, 2)).not.toThrow();
		expect(() => observationColumns(damaged, indicators, 1, 3)).toThrow(/row 3/);
	});

	it('refuses a stored row that points outside its lists', () => {
		const damaged = rows();
		damaged.iso3[1] = ISO3_CODES.length;
		expect(() => observationColumns(damaged, indicators)).toThrow(/row 2/);
		expect(() => observationColumns(rows(), indicators.slice(0, 1))).toThrow(/row 1/);
	});
});
