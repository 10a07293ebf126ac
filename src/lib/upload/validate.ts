import { CellRules } from './cell-rules';
import { CountryRules } from './country-rules';
import { settleDuplicates } from './duplicates';
import { Findings } from './findings';
import type { Notice } from './notice';
import { KeptObservations, ObservationStore } from './observations';
import type { ParsedTable } from './parse';
import type { ImportReport } from './report';
import { assembleReport } from './report-assembly';
import { reportNotices } from './report-notices';
import { readRows } from './row-checks';
import type { ColumnMapping } from './shape';
import type { DecimalMark } from './values';
import { YearRules } from './year-rules';

export type { ImportReport, TidyRow } from './report';

export interface ValidationResult {
	/** In file order; as row objects only when asked (`rows()`): a large file has millions */
	observations: KeptObservations;
	report: ImportReport;
	notices: Notice[];
}

export interface ValidateOptions {
	decimal?: DecimalMark;
}

/**
 * Turns parsed rows into tidy observations with the given mapping, and accounts for every cell
 * that did not make it: unmatched countries, unreadable years, non-numeric values, missing
 * markers, conflicting duplicates. Nothing is dropped without an entry in the report.
 */
export function validateTable(
	table: ParsedTable,
	mapping: ColumnMapping,
	options: ValidateOptions = {}
): ValidationResult {
	const findings = new Findings(table);
	// Every observation in the order read, as columns, so the rows come out in file order
	// without a sort and a wide file's millions of values take no object each.
	const store = new ObservationStore();
	const countries = new CountryRules(mapping, findings);
	const years = new YearRules(findings);
	const cells = new CellRules(table, store, findings, options.decimal ?? '.');

	years.noteHeaders(table, mapping.yearColumns ?? []);
	readRows(table, mapping, { findings, store, countries, years, cells });
	const duplicates = settleDuplicates(store, findings);
	const order = store.kept();
	const percentOutside = cells.percentOutsideNotice();
	if (percentOutside) findings.notices.push(percentOutside);

	const report = assembleReport(table, mapping, {
		findings,
		countries,
		years,
		cells,
		duplicates,
		store,
		order
	});
	const summary = reportNotices(report, {
		country: findings.columnName(countries.column),
		countryCode:
			mapping.countryCode === undefined ? undefined : findings.columnName(mapping.countryCode)
	});
	return {
		observations: new KeptObservations(store, order),
		report,
		notices: [...findings.notices.summarised(), ...summary]
	};
}
