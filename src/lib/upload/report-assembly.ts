import type { CellRules } from './cell-rules';
import type { Iso3 } from '../countries/members';
import type { CountryRules } from './country-rules';
import type { SettledDuplicates } from './duplicates';
import type { Findings } from './findings';
import type { ObservationStore, SeriesBase } from './observations';
import type { ParsedTable } from './parse';
import type { ImportReport } from './report';
import type { ColumnMapping } from './shape';
import type { YearRules } from './year-rules';

/** What the check of a table kept and found, as its parts left them */
export interface CheckedParts {
	findings: Findings;
	countries: CountryRules;
	years: YearRules;
	cells: CellRules;
	duplicates: SettledDuplicates;
	store: ObservationStore;
	/** The kept observations, in file order */
	order: Uint32Array;
}

/** The import report of a checked table */
export function assembleReport(
	table: ParsedTable,
	mapping: ColumnMapping,
	parts: CheckedParts
): ImportReport {
	const { findings, countries, years, cells, duplicates, store, order } = parts;
	const unmatchedCountries = countries.unmatchedCountries();
	const era = years.report(table, mapping.year);
	const kept = keptTotals(store, order);
	return {
		rowsRead: table.rows.length + table.skipped.length,
		rowsImported: kept.lines,
		observations: order.length,
		skipped: findings.skipped.sort((a, b) => a.line - b.line),
		unmatchedCountries,
		mappedByCode: [...countries.byCode.values()],
		conflicts: duplicates.conflicts,
		identicalDuplicates: duplicates.identicalDuplicates,
		nonNumeric: cells.nonNumeric,
		missingCells: cells.missingCells,
		missingMarkers: cells.missingMarkers,
		percentValues: cells.percentValues,
		era,
		markupLines: findings.markupLines,
		countries: [...kept.countries].sort(),
		indicators: [...kept.indicators],
		yearRange: order.length ? [kept.minYear, kept.maxYear] : null
	};
}

interface KeptTotals {
	/** File lines that gave at least one kept value */
	lines: number;
	minYear: number;
	maxYear: number;
	countries: Set<Iso3>;
	indicators: Set<string>;
}

/**
 * Lines, years, members and indicators of the kept observations, in one pass over them. A series
 * is looked at only when it changes: neighbours mostly share one (a wide row is one series).
 */
function keptTotals(store: ObservationStore, order: Uint32Array): KeptTotals {
	let minYear = Infinity;
	let maxYear = -Infinity;
	let lines = 0;
	const countries = new Set<Iso3>();
	const indicators = new Set<string>();
	let lastSeries: SeriesBase | null = null;
	for (let i = 0; i < order.length; i++) {
		const k = order[i];
		const year = store.yearAt(k);
		if (year < minYear) minYear = year;
		if (year > maxYear) maxYear = year;
		if (i === 0 || store.lineAt(k) !== store.lineAt(order[i - 1])) lines++;
		const series = store.seriesAt(k);
		if (series === lastSeries) continue;
		lastSeries = series;
		countries.add(series.iso3);
		indicators.add(series.indicator);
	}
	return { lines, minYear, maxYear, countries, indicators };
}
