import { toCsv } from '$lib/upload/csv-export';

/** One observation as drawn on a chart, ready for the CSV download. */
export interface ChartCsvRow {
	indicator_id: string;
	iso3: string;
	year: number;
	sex: string;
	/** The number as stored; printed with `String(value)`, never locale-formatted or rounded */
	value: number;
	flag: string;
	/** Country name in the page language, for people reading the file */
	country: string;
}

/**
 * The first six columns are those of static/data/observations.csv, in its order, so a
 * downloaded row can be checked against the published dataset by position or by name; the
 * columns after them repeat the attribution on every row, which survives sorting and filtering.
 */
export const CHART_CSV_COLUMNS = [
	'indicator_id',
	'iso3',
	'year',
	'sex',
	'value',
	'flag',
	'country',
	'source',
	'licence',
	'source_url'
] as const;

/**
 * CSV text of the data shown on a chart, in the order given. Text cells that a spreadsheet
 * would run as a formula are neutralised; numbers are written as numbers.
 */
export function chartCsv({
	rows,
	source,
	licence,
	url
}: {
	rows: readonly ChartCsvRow[];
	/** Publisher and dataset, e.g. "World Bank, Global Findex" */
	source: string;
	licence: string;
	/** Address of the source dataset */
	url: string;
}): string {
	const attributed = rows.map((row) => ({ ...row, source, licence, source_url: url }));
	return toCsv(attributed, CHART_CSV_COLUMNS, { newline: '\n' });
}

/**
 * Chart points or ranked-bar rows as CSV rows; rows without a value (gaps in a bar chart)
 * are left out, since observations.csv has no row for them either.
 */
export function csvRowsFromPoints<Code extends string>(
	indicatorId: string,
	points: readonly {
		iso3: Code;
		year: number | null;
		sex: string;
		value: number | null;
		flag: string;
	}[],
	countryName: (iso3: Code) => string
): ChartCsvRow[] {
	return points.flatMap((p) =>
		p.value === null || p.year === null
			? []
			: [
					{
						indicator_id: indicatorId,
						iso3: p.iso3,
						year: p.year,
						sex: p.sex,
						value: p.value,
						flag: p.flag,
						country: countryName(p.iso3)
					}
				]
	);
}
