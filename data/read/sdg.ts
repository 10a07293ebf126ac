import { type CsvTable, requireColumns } from './table';

/** One SDG datapoint with every dimension decoded to its SDG code (e.g. sex BOTHSEX, age <5Y). */
export interface SdgPoint {
	/** UN M49 numeric code as written (no zero padding) */
	geoArea: string;
	year: number;
	dims: Record<string, string>;
	value: string;
	line: number;
}

/** Reads a `ddf--entities--<dim>.csv` file into code → SDG code name (e.g. lt5y → <5Y). */
export function readEntityNames(table: CsvTable, file: string, dim: string): Map<string, string> {
	requireColumns(table, file, [dim, 'name']);
	return new Map(table.records.map(({ values }) => [values[dim].trim(), values.name.trim()]));
}

/**
 * Reads an open-numbers SDG datapoints file (`…--by--<dims>--year.csv`, value column last).
 * Dimensions with an entities file are decoded through it; others (units, location) have no
 * entities file in the extract, so their code is upper-cased, which is the SDG API spelling.
 */
export function readSdgPoints(
	table: CsvTable,
	file: string,
	entities: Record<string, Map<string, string>>
): { series: string; dims: string[]; points: SdgPoint[] } {
	requireColumns(table, file, ['geo_area', 'year']);
	const series = table.header[table.header.length - 1];
	const dims = table.header.slice(0, -1).filter((name) => name !== 'geo_area' && name !== 'year');
	const points = table.records.map(({ line, values }) => {
		const year = values.year.trim();
		if (!/^\d{4}$/.test(year)) throw new Error(`${file}:${line}: year "${year}" is not a year`);
		const decoded: Record<string, string> = {};
		for (const dim of dims) {
			const code = values[dim].trim();
			const names = entities[dim];
			const name = names ? names.get(code) : code.toUpperCase();
			if (name === undefined) {
				throw new Error(
					`${file}:${line}: ${dim} code "${code}" is not in ddf--entities--${dim}.csv`
				);
			}
			decoded[dim] = name;
		}
		return {
			geoArea: values.geo_area.trim(),
			year: Number(year),
			dims: decoded,
			value: values[series],
			line
		};
	});
	return { series, dims, points };
}
