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
/** A plain decimal number as DuckDB or JavaScript print one: a spreadsheet reads it as that number. */
const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Prefixes `'` to text a spreadsheet would run as a formula (OWASP "CSV injection"), so that
 * `=HYPERLINK(…)` or `+cmd|…` from an uploaded file opens as inert text.
 */
export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) && !NUMBER_TEXT.test(text) ? `'${text}` : text;
}

/**
 * One CSV cell. Only strings are neutralised, and text that is a number (the SQL console hands
 * every cell over as text) is written as that number: -1.5 or '-1.5' both give -1.5.
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
