import { describe, expect, it } from 'vitest';
import type { TidyColumns } from './types';
import { emptyColumns } from './columns';
import { isInParts, partCount, placeRows, rowsPart } from './row-parts';

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
	/** What storage does: cut every part, then copy each into place in turn */
	const cutAndPlace = (whole: TidyColumns, size: number) => {
		const rows = emptyColumns(whole.value.length);
		let at = 0;
		for (let k = 0; k < partCount(whole, size); k++) {
			const part = rowsPart(whole, k, size);
			placeRows(rows, part, at);
			at += part.value.length;
		}
		return rows;
	};

	it('cuts parts of at most the size, each with buffers of its own, and puts them back', () => {
		const whole = rows(10);
		expect(partCount(whole, 4)).toBe(3);
		expect(partCount(whole, 10)).toBe(1);
		expect(partCount(rows(0), 4)).toBe(1);
		const parts = [0, 1, 2].map((k) => rowsPart(whole, k, 4));
		expect(parts.map((p) => p.value.length)).toEqual([4, 4, 2]);
		for (const part of parts) {
			for (const column of Object.values(part)) {
				// IndexedDB would otherwise store the whole buffer with every part
				expect(column.byteOffset).toBe(0);
				expect(column.buffer.byteLength).toBe(column.byteLength);
			}
		}
		expect(Array.from(parts[1].indicator)).toEqual([4, 5, 6, 0]);
		expect(cutAndPlace(whole, 4)).toEqual(whole);
		expect(cutAndPlace(whole, 10)).toEqual(whole);
		expect(cutAndPlace(whole, 3).value[9]).toBe(9 * -0.1);
	});

	it('tells a record of parts from rows', () => {
		expect(isInParts({ parts: 3, rows: 10 })).toBe(true);
		expect(isInParts(rows(2))).toBe(false);
	});
});
