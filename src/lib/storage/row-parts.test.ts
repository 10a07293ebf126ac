import { describe, expect, it } from 'vitest';
import type { TidyColumns } from './types';
import { isInParts, joinRows, splitRows } from './row-parts';

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

	it('tells a record of parts from rows', () => {
		expect(isInParts({ parts: 3, rows: 10 })).toBe(true);
		expect(isInParts(rows(2))).toBe(false);
	});
});
