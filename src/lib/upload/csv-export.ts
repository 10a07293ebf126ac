export interface CsvColumn<Row> {
	key: keyof Row & string;
	/** Header text; the key when absent */
	header?: string;
}

export interface CsvOptions {
	delimiter?: ',' | ';' | '\t';
	/** RFC 4180 line break by default */
	newline?: '\r\n' | '\n';
}

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * Prefixes `'` to text a spreadsheet would run as a formula (OWASP "CSV injection"), so that
 * `=HYPERLINK(…)` or `+cmd|…` from an uploaded file opens as inert text.
 */
export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV cell. Only strings are neutralised: a number such as -1.5 is written as a number.
 * Non-finite numbers, null and undefined become empty cells.
 */
export function csvCell(value: unknown, delimiter = ','): string {
	let text: string;
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'bigint') return String(value);
	if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString();
	else text = neutraliseFormula(String(value));
	const needsQuotes =
		text.includes(delimiter) ||
		text.includes('"') ||
		text.includes('\n') ||
		text.includes('\r') ||
		text !== text.trim();
	return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows as CSV text with a header line, in the order of `columns`. */
export function toCsv<Row extends object>(
	rows: readonly Row[],
	columns: readonly (CsvColumn<Row> | (keyof Row & string))[],
	options: CsvOptions = {}
): string {
	const delimiter = options.delimiter ?? ',';
	const newline = options.newline ?? '\r\n';
	const specs = columns.map((c) => (typeof c === 'string' ? { key: c, header: c } : c));
	const lines = [specs.map((c) => csvCell(c.header ?? c.key, delimiter)).join(delimiter)];
	for (const row of rows) {
		lines.push(specs.map((c) => csvCell(row[c.key], delimiter)).join(delimiter));
	}
	return lines.join(newline) + newline;
}
