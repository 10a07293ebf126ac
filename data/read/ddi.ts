import { type CsvTable, requireColumns } from './table';

/** One row of ddi_disability/ddi_asean_national.csv, fields as written. */
export interface DdiRow {
	iso3: string;
	indicator: string;
	difficulty: string;
	population: string;
	value: string;
	unit: string;
	survey: string;
	year: string;
	line: number;
}

const COLUMNS = [
	'iso3',
	'indicator',
	'difficulty',
	'population',
	'value',
	'unit',
	'survey',
	'year'
];

export function readDdiRows(table: CsvTable, file: string): DdiRow[] {
	requireColumns(table, file, COLUMNS);
	return table.records.map(({ line, values }) => ({
		iso3: values.iso3.trim(),
		indicator: values.indicator.trim(),
		difficulty: values.difficulty.trim(),
		population: values.population.trim(),
		value: values.value,
		unit: values.unit.trim(),
		survey: values.survey.trim(),
		year: values.year.trim(),
		line
	}));
}
