import { type CsvTable, requireColumns } from './table';

/** One value from the UNDP HDR composite-indices time series, melted from its wide layout. */
export interface HdrPoint {
	iso3: string;
	year: number;
	value: string;
	line: number;
}

/**
 * Melts the wide HDR file (one `<column>_<year>` column per year) for one indicator column.
 * The year suffix is anchored, so `le` matches `le_1990` but not `le_f_1990`, and `hdi` never
 * picks up `hdi_rank_2022`.
 */
export function meltHdrColumn(table: CsvTable, file: string, column: string): HdrPoint[] {
	requireColumns(table, file, ['iso3']);
	const pattern = new RegExp(`^${column.replace(/[^a-z0-9_]/gi, '')}_(\\d{4})$`);
	const yearColumns = table.header.flatMap((name) => {
		const match = pattern.exec(name);
		return match ? [{ name, year: Number(match[1]) }] : [];
	});
	if (yearColumns.length === 0) {
		throw new Error(`${file}: no columns named ${column}_<year>; check the HDR column name`);
	}
	return table.records.flatMap(({ line, values }) =>
		yearColumns.map(({ name, year }) => ({
			iso3: values.iso3.trim(),
			year,
			value: values[name],
			line
		}))
	);
}
