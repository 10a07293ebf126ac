/** One CSV record: raw field text keyed by header name, plus the 1-based line it starts on. */
export interface CsvRecord {
	line: number;
	values: Record<string, string>;
}

/** A source file as read: its header and its records, every field as text. */
export interface CsvTable {
	header: string[];
	records: CsvRecord[];
}

/** Throws a message naming the file when a column the reader relies on is missing. */
export function requireColumns(table: CsvTable, file: string, columns: string[]): void {
	const missing = columns.filter((c) => !table.header.includes(c));
	if (missing.length > 0) {
		throw new Error(
			`${file}: missing column(s) ${missing.join(', ')}; found ${table.header.join(', ')}`
		);
	}
}
