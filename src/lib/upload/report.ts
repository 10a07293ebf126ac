import type { MessageKey } from '$lib/i18n/locale';
import type { UnmatchedKind } from '../countries/match';
import type { Iso3 } from '../countries/members';
import type { Sex } from './sex';
import type { Era } from './years';

export interface TidyRow {
	indicator: string;
	indicatorCode?: string;
	iso3: Iso3;
	/** C.E. */
	year: number;
	sex: Sex;
	value: number;
	/** File line the value came from */
	line: number;
}

export type SkipReason =
	| 'ragged'
	| 'malformed-quote'
	| 'country-unmatched'
	| 'country-empty'
	| 'country-conflict'
	| 'year-invalid'
	| 'indicator-empty'
	| 'sex-unrecognised'
	| 'value-non-numeric'
	| 'duplicate-conflict';

export interface SkippedEntry {
	line: number;
	column?: string;
	reason: SkipReason;
	/** In English, with every detail */
	detail: string;
	/** The message of the same words in other languages, filled with the line, column and params */
	key?: MessageKey;
	params?: Record<string, string | number>;
}

export interface UnmatchedCountry {
	label: string;
	kind: UnmatchedKind;
	rows: number;
	/** First few lines where it appears */
	lines: number[];
	/** A historical name of this member: offered, never applied */
	suggestion?: Iso3;
}

export interface MappedByCode {
	label: string;
	code: string;
	iso3: Iso3;
	rows: number;
	lines: number[];
}

export interface Conflict {
	indicator: string;
	iso3: Iso3;
	year: number;
	sex: Sex;
	values: { value: number; line: number; column: string }[];
}

export interface NonNumericCell {
	line: number;
	column: string;
	text: string;
	/** Starts like a spreadsheet formula (`=`, `+`, `-`, `@`) */
	formula: boolean;
}

export interface EraReport {
	/** Column the years come from; null when they are column headers (wide shape) */
	column: string | null;
	/** Year cells or headers read as Buddhist Era and converted to C.E. */
	converted: number;
	/** The era most years are written in */
	majority: Era;
	/** B.E. and C.E. years in the same column */
	mixed: boolean;
	/** Years as written in the era most years are not in (the lone 2022 among B.E. years) */
	minorityYears: number[];
	examples: { line: number; written: number; year: number }[];
	/** Years with a note, as in `2564 (ประมาณการ)` */
	annotated: { line: number; text: string; annotation: string; year: number }[];
}

export interface ImportReport {
	/** Data rows in the file (after the header, without blank rows and footer notes) */
	rowsRead: number;
	/** Rows that gave at least one value */
	rowsImported: number;
	/** Observations (tidy rows) imported */
	observations: number;
	skipped: SkippedEntry[];
	unmatchedCountries: UnmatchedCountry[];
	mappedByCode: MappedByCode[];
	conflicts: Conflict[];
	/** Repeated identical observations, kept once */
	identicalDuplicates: number;
	nonNumeric: NonNumericCell[];
	missingCells: number;
	/** Count of missing cells per marker as written ('' = empty) */
	missingMarkers: Record<string, number>;
	percentValues: number;
	era: EraReport;
	/** Lines whose country or indicator names look like HTML or script */
	markupLines: number[];
	countries: Iso3[];
	indicators: string[];
	yearRange: [number, number] | null;
}
