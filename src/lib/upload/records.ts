import { canonicalText } from './canonical-text';
import type { Column, DataRow, LayoutForParse } from './parse';
import { tokenize, type Tokenized } from './tokenize';

/**
 * How records become a table, shared by `parseTable` (the whole file at once, for the check) and
 * `eachRow` (a batch at a time, for writing the file's own table): the same rules either way.
 */

/** The header cells as columns, each with a unique, non-empty name. */
export function nameColumns(headerCells: readonly string[]): Column[] {
	const taken = new Set<string>();
	const columns: Column[] = [];
	headerCells.forEach((cell, index) => {
		const header = cell.replace(/^\uFEFF/, '');
		const trimmed = header.trim();
		let name = trimmed || `column_${index + 1}`;
		for (let k = 2; taken.has(name.toLowerCase()); k++)
			name = `${trimmed || `column_${index + 1}`}_${k}`;
		taken.add(name.toLowerCase());
		columns.push({
			index,
			name,
			header,
			generated: name !== trimmed,
			empty: true,
			ignorable: false
		});
	});
	return columns;
}

/**
 * A record after the header as the table takes it: blank, malformed, or its cells, surplus empty
 * cells at the end cut (a new array then). Cells of another count than `width` are a ragged row.
 */
export function dataCells(
	record: string[],
	width: number,
	malformed: boolean
): string[] | 'blank' | 'malformed' {
	if (record.every((cell) => cell.trim() === '')) return 'blank';
	if (malformed) return 'malformed';
	if (record.length > width && record.slice(width).every((cell) => cell.trim() === '')) {
		return record.slice(0, width);
	}
	return record;
}

/**
 * The rows `parseTable` keeps, handed to `take` about `size` records at a time instead of all
 * kept: what a big file's own table is written from without holding all its cells (issue 9).
 * Returns the columns and the number of rows, or null where `parseTable` finds no table.
 */
export function eachRow(
	rawText: string,
	layout: LayoutForParse,
	size: number,
	take: (rows: DataRow[], columns: readonly Column[]) => void
): { columns: Column[]; rows: number } | null {
	const text = canonicalText(rawText);
	if (text.trim() === '') return null;
	const body = text.slice(layout.headerOffset, layout.footerOffset ?? text.length);
	let columns: Column[] | null = null;
	let failed = false;
	let kept = 0;
	let skipped = 0;
	const batch = ({ records, lines, errors }: Tokenized) => {
		if (failed) return;
		let first = 0;
		if (!columns) {
			columns = nameColumns(records[0] ?? []);
			failed = columns.every((c) => c.header.trim() === '');
			first = 1;
		}
		const malformed = new Set<number>();
		for (const error of errors) {
			if (error.code === 'MissingQuotes') failed = true;
			else malformed.add(error.row);
		}
		if (failed) return;
		const width = columns.length;
		const rows: DataRow[] = [];
		for (let index = first; index < records.length; index++) {
			const cells = dataCells(records[index], width, malformed.has(index));
			if (cells === 'blank') continue;
			if (cells === 'malformed' || cells.length !== width) skipped++;
			else rows.push({ line: lines[index], cells });
		}
		kept += rows.length;
		if (rows.length) take(rows, columns);
	};
	batch(tokenize(body, layout.delimiter, layout.quote, layout.headerLine, { size, take: batch }));
	if (failed || !columns || (kept === 0 && skipped === 0)) return null;
	return { columns, rows: kept };
}
