import { dictionaryTable } from '$lib/db/arrow-table';
import { ISO3_CODES } from '$lib/countries/members';
import { SEXES } from '$lib/storage/columns';
import type { TidyColumns } from '$lib/storage/user-data';

/**
 * A dataset's stored rows `from` to `to` (all by default) as the columns of `observations`, in
 * its order, sharing the stored arrays' memory. A position outside its list (damaged storage)
 * would make the engine read past a dictionary: refused instead.
 */
export function observationColumns(
	rows: TidyColumns,
	indicators: readonly { id: string }[],
	from = 0,
	to = rows.value.length
) {
	const end = Math.min(to, rows.value.length);
	const n = Math.max(0, end - from);
	for (let k = from; k < end; k++) {
		if (
			rows.indicator[k] >= indicators.length ||
			rows.iso3[k] >= ISO3_CODES.length ||
			rows.sex[k] >= SEXES.length
		) {
			throw new Error(
				`Stored row ${k + 1} points outside its dataset's indicators, members or sexes`
			);
		}
	}
	// The stored positions are unsigned; the engine's dictionary keys are signed.
	const view = <T>(
		Type: new (b: ArrayBufferLike, o: number, l: number) => T,
		a: Uint32Array | Uint8Array
	) => new Type(a.buffer, a.byteOffset + from * a.BYTES_PER_ELEMENT, n);
	return dictionaryTable({
		indicator_id: {
			texts: indicators.map((i) => i.id),
			positions: view(Int32Array, rows.indicator)
		},
		iso3: { texts: ISO3_CODES, positions: view(Int8Array, rows.iso3) },
		year: rows.year.subarray(from, end),
		sex: { texts: SEXES, positions: view(Int8Array, rows.sex) },
		value: rows.value.subarray(from, end),
		flag: { texts: ['user'], positions: new Int8Array(n) }
	});
}
