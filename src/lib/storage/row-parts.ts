import { emptyColumns } from './columns';
import type { TidyColumns } from './types';

/**
 * Rows per IndexedDB record. Chromium refuses a value over 127 MiB ("The serialized keys and/or
 * value are too large"); at 16 bytes a row, a 100 MB wide upload of 14.5 million values is 232 MB.
 * Four million rows are 64 MiB.
 */
export const ROWS_PER_RECORD = 1 << 22;

/** What the rows' own key holds when the rows are stored in parts */
export interface RowsInParts {
	parts: number;
	rows: number;
}

export function isInParts(stored: TidyColumns | RowsInParts): stored is RowsInParts {
	return typeof (stored as RowsInParts).parts === 'number';
}

/**
 * The rows in parts of at most `size`, each with arrays of its own: a part that shared its
 * buffer would be stored whole, since IndexedDB copies a typed array's entire buffer.
 */
export function splitRows(rows: TidyColumns, size = ROWS_PER_RECORD): TidyColumns[] {
	const parts: TidyColumns[] = [];
	for (let from = 0; from < rows.value.length; from += size) {
		const to = from + size;
		parts.push({
			indicator: rows.indicator.slice(from, to),
			iso3: rows.iso3.slice(from, to),
			year: rows.year.slice(from, to),
			sex: rows.sex.slice(from, to),
			value: rows.value.slice(from, to)
		});
	}
	return parts;
}

/** The parts of `splitRows` as one set of rows, in order */
export function joinRows(parts: readonly TidyColumns[]): TidyColumns {
	const n = parts.reduce((sum, p) => sum + p.value.length, 0);
	const rows = emptyColumns(n);
	let at = 0;
	for (const part of parts) {
		rows.indicator.set(part.indicator, at);
		rows.iso3.set(part.iso3, at);
		rows.year.set(part.year, at);
		rows.sex.set(part.sex, at);
		rows.value.set(part.value, at);
		at += part.value.length;
	}
	return rows;
}
