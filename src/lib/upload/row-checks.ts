import { hasMarkup, type CellRules } from './cell-rules';
import type { CountryRules } from './country-rules';
import type { Findings } from './findings';
import { memoByText } from './memo';
import { notice } from './notice';
import type { ObservationStore } from './observations';
import type { DataRow, ParsedTable } from './parse';
import { quote } from './report-notices';
import { parseSex as readSex, type Sex } from './sex';
import type { ColumnMapping } from './shape';
import type { YearRules } from './year-rules';

/** The rules a row goes through, and the store its values go to */
export interface RowRules {
	findings: Findings;
	store: ObservationStore;
	countries: CountryRules;
	years: YearRules;
	cells: CellRules;
}

/**
 * Reads every data row into the store: its member, indicator, sex and year, then its values. A
 * row that fails one of these is skipped, said why, and its values are not read.
 */
export function readRows(table: ParsedTable, mapping: ColumnMapping, rules: RowRules): void {
	const { findings, store, countries, years, cells } = rules;
	const parseSex = memoByText(readSex);
	const wideYears = mapping.yearColumns ?? [];
	// Indicator-year headers (`IND001 2000`): each column names its own indicator.
	const perColumnIndicator = wideYears.length > 0 && wideYears.every((y) => y.indicator);

	for (const row of table.rows) {
		const iso3 = countries.resolve(row);
		if (!iso3) continue;

		const indicatorCode =
			mapping.indicatorCode === undefined ? undefined : row.cells[mapping.indicatorCode].trim();
		const indicator = indicatorOf(row, mapping, indicatorCode, perColumnIndicator);
		if (!indicator) {
			refuseIndicator(
				row,
				mapping.indicator ?? mapping.indicatorCode ?? countries.column,
				findings
			);
			continue;
		}
		if (hasMarkup(indicator)) findings.markupLines.push(row.line);

		const sex = mapping.sex === undefined ? 'total' : sexOf(row, mapping.sex, parseSex, findings);
		if (!sex) continue;

		// Indicator-year headers name their own series, column by column.
		const series = perColumnIndicator ? -1 : store.seriesOf(indicator, indicatorCode, iso3, sex);
		if (mapping.yearFixed !== undefined && mapping.value !== undefined) {
			cells.read(row, mapping.value, series, mapping.yearFixed);
		} else if (mapping.year !== undefined && mapping.value !== undefined) {
			const year = years.readCell(row, mapping.year);
			if (year !== null) cells.read(row, mapping.value, series, year);
		} else {
			for (const yc of wideYears) {
				if (!yc.indicator) cells.read(row, yc.col, series, yc.year);
				else
					cells.read(row, yc.col, store.seriesOf(yc.indicator, yc.indicator, iso3, sex), yc.year);
			}
		}
	}
}

/**
 * The row's indicator: its name cell, else its code cell, else the one name the mapping gives.
 * Indicator-year headers name the indicators themselves, so there a row needs none ('-').
 */
function indicatorOf(
	row: DataRow,
	mapping: ColumnMapping,
	indicatorCode: string | undefined,
	perColumnIndicator: boolean
): string {
	return (
		(mapping.indicator === undefined ? '' : row.cells[mapping.indicator].trim()) ||
		indicatorCode ||
		(mapping.indicator === undefined && mapping.indicatorCode === undefined
			? (mapping.indicatorName ?? '').trim() || (perColumnIndicator ? '-' : '')
			: '')
	);
}

function refuseIndicator(row: DataRow, col: number, findings: Findings): void {
	const column = findings.columnName(col);
	const detail = `Line ${row.line}: the indicator cell is empty; the row was skipped.`;
	const said = notice('warning', 'indicator-empty', detail, { line: row.line, column });
	findings.refuse({ line: row.line, column, reason: 'indicator-empty', detail }, said);
}

/** The sex in the row's cell in column `col`, or null when the row was skipped for it */
function sexOf(
	row: DataRow,
	col: number,
	parseSex: (text: string) => Sex | null,
	findings: Findings
): Sex | null {
	const sex = parseSex(row.cells[col]);
	if (sex) return sex;
	const column = findings.columnName(col);
	const text = row.cells[col].trim();
	const detail = `Line ${row.line}, column "${column}": ${quote(text)} is not a sex we know (use Total, Female, Male, F, M, _T, รวม, หญิง, ชาย); the row was skipped.`;
	const said = notice('warning', 'sex-unrecognised', detail, {
		line: row.line,
		column,
		params: { text }
	});
	findings.refuse({ line: row.line, column, reason: 'sex-unrecognised', detail }, said);
	return null;
}
