import { type CsvTable, requireColumns } from './table';

/**
 * One row of the tidy files compiled for this project: the UNSD Gender Data Portal extract and
 * `disability_reported/disability_asean.csv` share these columns. `year` stays text because one
 * source prints a range ("2002-2004").
 */
export interface TidyRow {
	seriesCode: string;
	seriesName: string;
	iso3: string;
	year: string;
	sex: string;
	disabilityStatus: string;
	age: string;
	value: string;
	unit: string;
	note: Record<string, string>;
	line: number;
}

const COLUMNS = [
	'series_code',
	'series_name',
	'iso3',
	'year',
	'sex',
	'disability_status',
	'age',
	'value',
	'unit',
	'note'
];

/**
 * Splits the `note` column ("key=value; key=value") into a map. Values may themselves contain
 * "; " (free-text comments), so a new pair starts only where "; " is followed by `word=`.
 */
export function parseNote(note: string): Record<string, string> {
	const pairs: Record<string, string> = {};
	for (const part of note.split(/; (?=[A-Za-z_]+=)/)) {
		const at = part.indexOf('=');
		if (at > 0) pairs[part.slice(0, at).trim()] = part.slice(at + 1).trim();
	}
	return pairs;
}

export function readTidyRows(table: CsvTable, file: string): TidyRow[] {
	requireColumns(table, file, COLUMNS);
	return table.records.map(({ line, values }) => ({
		seriesCode: values.series_code.trim(),
		seriesName: values.series_name.trim(),
		iso3: values.iso3.trim(),
		year: values.year.trim(),
		sex: values.sex.trim(),
		disabilityStatus: values.disability_status.trim(),
		age: values.age.trim(),
		value: values.value,
		unit: values.unit.trim(),
		note: parseNote(values.note),
		line
	}));
}
