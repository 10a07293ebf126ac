import { Table, Utf8, makeVector, tableToIPC, vectorFromArray } from 'apache-arrow';
import type { Observation } from '../observation';

/**
 * observations.arrow: the same rows as the CSV as an Arrow IPC stream. `value` is parsed to
 * Float64 here only because Arrow needs a number; the CSV keeps the source text. `flag` is null
 * when there is no flag, so DuckDB sees NULL exactly as it does for the CSV's empty field.
 */
export function observationsToArrow(observations: readonly Observation[]): Uint8Array {
	const table = new Table({
		indicator_id: vectorFromArray(
			observations.map((o) => o.indicatorId),
			new Utf8()
		),
		iso3: vectorFromArray(
			observations.map((o) => o.iso3),
			new Utf8()
		),
		year: makeVector(Int32Array.from(observations, (o) => o.year)),
		sex: vectorFromArray(
			observations.map((o) => o.sex),
			new Utf8()
		),
		value: makeVector(Float64Array.from(observations, (o) => Number(o.value))),
		flag: vectorFromArray(
			observations.map((o) => (o.flag === '' ? null : o.flag)),
			new Utf8()
		)
	});
	return tableToIPC(table, 'stream');
}
