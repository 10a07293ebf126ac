import type { Iso3 } from '../countries/members';
import type { Era } from './years';

export type TableShape = 'long' | 'wide';

export interface YearColumn {
	col: number;
	/** Year in C.E. */
	year: number;
	era: Era;
	/** Wide with indicator-year headers (`IND001 2000`): the indicator this column holds */
	indicator?: string;
}

/** Which column holds what; indexes are 0-based column positions. */
export interface ColumnMapping {
	/** Country names, or codes when the file has no name column */
	country?: number;
	/** The whole file is about this one country (a national file without a country column) */
	countryFixed?: Iso3;
	/** Country codes beside a name column (ISO3, M49 or legacy) */
	countryCode?: number;
	/** Long shape: the year of each row */
	year?: number;
	/** Long shape without a year column: the whole file is this one year (C.E.) */
	yearFixed?: number;
	/** Wide shape: one column per year */
	yearColumns?: YearColumn[];
	indicator?: number;
	indicatorCode?: number;
	/** Long shape: the value of each row */
	value?: number;
	sex?: number;
	/** Indicator name for every row when no column names it */
	indicatorName?: string;
}
