import type { TextEncoding } from './decode';
import type { DataRow } from './parse';
import type { Delimiter } from './sniff';
import type { DecimalMark } from './values';

/**
 * The analyst's own table: every column of the file as the importer parsed it (header row
 * chosen, preamble and footer gone), so the SQL console can query the notes, status and unit
 * columns that the mapping leaves out. Stored as plain UTF-8 CSV, which DuckDB reads as text.
 */
export interface SourceTable {
	/** The SQL name, `upload_<file name>`; unique among this browser's uploads */
	name: string;
	/** The line column first, then the file's columns as the importer named them */
	columns: string[];
	rows: number;
	/**
	 * Present while the stored source is still the file as uploaded: its CSV is written, with
	 * these choices, the first time the console needs it (issue 9: writing it at import kept a
	 * 100 MB file's parsed cells in memory through the import).
	 */
	read?: SourceRead;
}

/** The choices that decide how a file reads as a table (the mapping does not). */
export interface SourceRead {
	encoding?: TextEncoding;
	delimiter?: Delimiter;
	decimal?: DecimalMark;
	headerLine?: number;
}

const NEEDS_QUOTES = /[",\n\r]/;

function cell(text: string): string {
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A name not yet taken, compared as DuckDB compares identifiers (case-insensitively). */
function unused(base: string, taken: ReadonlySet<string>): string {
	let name = base;
	for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}_${k}`;
	return name;
}

/** The header line of the file's own table as CSV: its `columns` (from `sourceColumns`) */
export function csvHeader(columns: readonly string[]): string {
	return columns.map(cell).join(',') + '\n';
}

/**
 * Rows as lines of UTF-8 CSV (`,` between cells, `"` quotes), each led by its line in the
 * original file, so that a value found in SQL can be traced to the file.
 */
export function csvRows(rows: readonly DataRow[]): string {
	let text = '';
	for (const row of rows) text += `${row.line},${row.cells.map(cell).join(',')}\n`;
	return text;
}

/** The columns of the file's own table: the line first, named so that no column of the file is. */
export function sourceColumns(names: readonly string[]): string[] {
	return [unused('line', new Set(names.map((n) => n.toLowerCase()))), ...names];
}

/** `upload_` and the file name in lower-case letters, digits and `_`, unique among `taken`. */
export function sourceTableName(fileName: string, taken: Iterable<string>): string {
	const base = fileName
		.split(/[\\/]/)
		.pop()!
		.replace(/\.(csv|tsv|txt)$/i, '')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 80);
	const names = new Set([...taken].map((n) => n.toLowerCase()));
	return unused(`upload_${base || 'file'}`, names);
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The view over a stored source file. The columns are given, not sniffed: every cell stays text
 * exactly as in the file (`1,234` is not a number to guess about), and the line is an integer.
 */
export function sourceViewSql(table: Pick<SourceTable, 'name' | 'columns'>, file: string): string {
	const [line, ...rest] = table.columns;
	const types = [
		`${quoteString(line)}: 'INTEGER'`,
		...rest.map((c) => `${quoteString(c)}: 'VARCHAR'`)
	];
	return `CREATE OR REPLACE VIEW ${quoteIdentifier(table.name)} AS SELECT * FROM read_csv(${quoteString(file)},
		header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
		new_line = '\\n', columns = {${types.join(', ')}})`;
}

export function dropSourceViewSql(name: string): string {
	return `DROP VIEW IF EXISTS ${quoteIdentifier(name)}`;
}
