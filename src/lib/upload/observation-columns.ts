import { dictionaryTable } from '$lib/db/arrow-table';
import { ISO3_CODES } from '$lib/countries/members';
import { SEXES } from '$lib/storage/columns';
import type { TidyColumns } from '$lib/storage/user-data';

/**
 * A dataset's stored rows as the columns of `observations`, in its order. A position outside its
 * list (damaged storage) would make the engine read past a dictionary: refused instead.
 */
export function observationColumns(rows: TidyColumns, indicators: readonly { id: string }[]) {
	const n = rows.value.length;
	for (let k = 0; k < n; k++) {
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
	const view = <T>(Type: new (b: ArrayBufferLike, o: number, l: number) => T, a: ArrayBufferView) =>
		new Type(a.buffer, a.byteOffset, n);
	return dictionaryTable({
		indicator_id: {
			texts: indicators.map((i) => i.id),
			positions: view(Int32Array, rows.indicator)
		},
		iso3: { texts: ISO3_CODES, positions: view(Int8Array, rows.iso3) },
		year: rows.year,
		sex: { texts: SEXES, positions: view(Int8Array, rows.sex) },
		value: rows.value,
		flag: { texts: ['user'], positions: new Int8Array(n) }
	});
}
