import type { TidyColumns } from './types';

/**
 * Rows per IndexedDB record. Chromium refuses a value over 127 MiB ("The serialized keys and/or
 * value are too large"), and each record is cloned on the page's thread when it is written: a
 * million rows are 16 MB, some 80 ms of cloning, where four million froze a 100 MB wide upload's
 * page for 300 ms a part (issue 9).
 */
export const ROWS_PER_RECORD = 1 << 20;

/** What the rows' own key holds when the rows are stored in parts */
export interface RowsInParts {
	parts: number;
	rows: number;
}

export function isInParts(stored: TidyColumns | RowsInParts): stored is RowsInParts {
	return typeof (stored as RowsInParts).parts === 'number';
}

/** How many parts of at most `size` rows `rows` are stored in (one: stored whole) */
export function partCount(rows: TidyColumns, size = ROWS_PER_RECORD): number {
	return Math.max(1, Math.ceil(rows.value.length / size));
}

/**
 * Part `k` of the rows in parts of at most `size`, with arrays of its own: a part that shared its
 * buffer would be stored whole, since IndexedDB copies a typed array's entire buffer.
 */
export function rowsPart(rows: TidyColumns, k: number, size = ROWS_PER_RECORD): TidyColumns {
	const from = k * size;
	const to = from + size;
	return {
		indicator: rows.indicator.slice(from, to),
		iso3: rows.iso3.slice(from, to),
		year: rows.year.slice(from, to),
		sex: rows.sex.slice(from, to),
		value: rows.value.slice(from, to)
	};
}

/** Copies `part` into `rows` from row `at` */
export function placeRows(rows: TidyColumns, part: TidyColumns, at: number): void {
	rows.indicator.set(part.indicator, at);
	rows.iso3.set(part.iso3, at);
	rows.year.set(part.year, at);
	rows.sex.set(part.sex, at);
	rows.value.set(part.value, at);
}
