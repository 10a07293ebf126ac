import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { CsvTable } from './table';

/**
 * Reads one file with the header taken from its first line: the sniffer is never asked, because
 * a file with one over-wide row can make it pick the wrong line as header. Every column is text
 * (all_varchar in effect: each column is declared VARCHAR), so "12.50" stays "12.50".
 */
function readCsvSql(columns: readonly string[], strict: boolean): string {
	const struct = columns.map((name) => `'${name.replace(/'/g, "''")}': 'VARCHAR'`).join(', ');
	const rejects = strict
		? `, ignore_errors = true, store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_scans'`
		: '';
	return `SELECT * FROM read_csv($path, header = true, auto_detect = false, columns = {${struct}},
		delim = ',', quote = '"', escape = '"', null_padding = false, strict_mode = ${strict}${rejects})`;
}

/** Header names from the first line: plain names, optionally quoted, never containing commas. */
function headerOf(fullPath: string): string[] {
	const fd = openSync(fullPath, 'r');
	try {
		const buffer = Buffer.alloc(65536);
		const bytes = readSync(fd, buffer, 0, buffer.length, 0);
		const text = buffer
			.subarray(0, bytes)
			.toString('utf8')
			.replace(/^\uFEFF/, '');
		const end = text.search(/\r?\n/);
		const line = end < 0 ? text : text.slice(0, end);
		if (line.trim() === '') throw new Error('empty file, expected a header row');
		return line.split(',').map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
	} finally {
		closeSync(fd);
	}
}

interface Reject {
	line: number;
	column: string;
	type: string;
	message: string;
}

async function readStrict(connection: DuckDBConnection, fullPath: string, header: string[]) {
	const rows = (
		await connection.runAndReadAll(readCsvSql(header, true), { path: fullPath })
	).getRowsJS();
	const rejects = (
		await connection.runAndReadAll(
			`SELECT line, coalesce(column_name, ''), error_type, error_message FROM csv_rejects ORDER BY line`
		)
	)
		.getRowsJS()
		.map(([line, column, type, message]): Reject => ({
			line: Number(line),
			column: String(column),
			type: String(type),
			message: String(message)
		}));
	await connection.run('DROP TABLE csv_rejects; DROP TABLE csv_scans');
	return { rows, rejects };
}

/**
 * Reads CSV files (paths relative to `dir`) with native DuckDB, strictly: a row of the wrong width
 * stops the build, naming file, line and column. One tolerance: a quoted free-text field with
 * bare quotes inside (one source file has these in its citation column) is re-read leniently, and
 * only if every other row read strictly and the lenient read gives the same number of rows.
 * Line numbers count the header as line 1 and assume no field spans lines, which holds for every
 * file the pipeline reads (the DDF concept files with multi-line descriptions are never read).
 */
export async function readCsvFiles(
	dir: string,
	paths: readonly string[]
): Promise<Map<string, CsvTable>> {
	// One thread keeps rows in file order, which is what turns a row's position into its line
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const connection = await instance.connect();
	const tables = new Map<string, CsvTable>();
	try {
		for (const path of paths) {
			if (tables.has(path)) continue;
			const fullPath = join(dir, path);
			let rows;
			try {
				const header = headerOf(fullPath);
				const strict = await readStrict(connection, fullPath, header);
				rows = strict.rows;
				const fatal = strict.rejects.find((r) => r.type !== 'UNQUOTED VALUE');
				if (fatal) {
					const column = fatal.column ? `, column ${fatal.column}` : '';
					throw new Error(`line ${fatal.line}${column}: ${fatal.message}`);
				}
				if (strict.rejects.length > 0) {
					rows = (
						await connection.runAndReadAll(readCsvSql(header, false), { path: fullPath })
					).getRowsJS();
					if (rows.length !== strict.rows.length + strict.rejects.length) {
						throw new Error(`line ${strict.rejects[0].line}: ${strict.rejects[0].message}`);
					}
				}
				tables.set(path, {
					header,
					records: rows.map((row, i) => {
						const values: Record<string, string> = {};
						header.forEach((name, j) => (values[name] = row[j] === null ? '' : String(row[j])));
						return { line: i + 2, values };
					})
				});
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				throw new Error(
					`${path}:${message.startsWith('line ') ? message.slice(5) : ` ${message}`}`
				);
			}
		}
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	return tables;
}
