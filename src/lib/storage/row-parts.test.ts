import { describe, expect, it } from 'vitest';
import type { TidyColumns } from './types';
import { isInParts, joinRows, partCount, rowsPart, splitRows } from './row-parts';

function rows(n: number): TidyColumns {
	return {
		indicator: Uint32Array.from({ length: n }, (_, k) => k % 7),
		iso3: Uint8Array.from({ length: n }, (_, k) => k % 11),
		year: Int16Array.from({ length: n }, (_, k) => 1990 + (k % 35)),
		sex: Uint8Array.from({ length: n }, (_, k) => k % 3),
		value: Float64Array.from({ length: n }, (_, k) => k * -0.1)
	};
}

describe('rows stored in parts', () => {
	it('splits into parts of at most the size, each with buffers of its own, and joins back', () => {
		const whole = rows(10);
		const parts = splitRows(whole, 4);
		expect(parts.map((p) => p.value.length)).toEqual([4, 4, 2]);
		for (const part of parts) {
			for (const column of Object.values(part)) {
				// IndexedDB would otherwise store the whole buffer with every part
				expect(column.byteOffset).toBe(0);
				expect(column.buffer.byteLength).toBe(column.byteLength);
			}
		}
		expect(joinRows(parts)).toEqual(whole);
		expect(joinRows(splitRows(whole, 10))).toEqual(whole);
		expect(joinRows(splitRows(whole, 3)).value[9]).toBe(9 * -0.1);
	});

	it('counts and cuts the parts one at a time, as they are written in turn', () => {
		const whole = rows(10);
		expect(partCount(whole, 4)).toBe(3);
		expect(partCount(whole, 10)).toBe(1);
		expect(partCount(rows(0), 4)).toBe(1);
		expect(rowsPart(whole, 2, 4)).toEqual(splitRows(whole, 4)[2]);
		expect(Array.from(rowsPart(whole, 1, 4).indicator)).toEqual([4, 5, 6, 0]);
		expect(joinRows(Array.from({ length: 3 }, (_, k) => rowsPart(whole, k, 4)))).toEqual(whole);
	});

	it('tells a record of parts from rows', () => {
		expect(isInParts({ parts: 3, rows: 10 })).toBe(true);
		expect(isInParts(rows(2))).toBe(false);
	});
});
