import { canonicalText, countBreaks } from './canonical-text';
import { notice, type Notice } from './notice';
import type { SniffResult } from './sniff';
import { dataCells, nameColumns } from './records';
import { tokenize } from './tokenize';

export interface Column {
	index: number;
	/** Unique, non-empty name: the header text, or a generated one such as `column_4` */
	name: string;
	/** The header cell as written */
	header: string;
	/** The name was generated because the header cell was blank or repeated */
	generated: boolean;
	/** No data row has anything in this column */
	empty: boolean;
	/** Safe to leave out: blank header and no values (UNDP's spacer column after every year) */
	ignorable: boolean;
}

export interface DataRow {
	/** 1-based line in the original file where the row starts */
	line: number;
	/** Exactly one cell per column */
	cells: string[];
}

export type ParseSkipReason = 'ragged' | 'malformed-quote';

export interface SkippedRow {
	line: number;
	reason: ParseSkipReason;
	detail: string;
	/** The notice code and params of the same words, for other languages */
	code: 'malformed-quote' | 'ragged-row';
	params?: Record<string, string | number>;
}

export interface ParsedTable {
	/** False when the file cannot be read as a table at all (see the error notices) */
	ok: boolean;
	columns: Column[];
	rows: DataRow[];
	skipped: SkippedRow[];
	headerLine: number;
	notices: Notice[];
}

export type LayoutForParse = Pick<
	SniffResult,
	'delimiter' | 'quote' | 'headerLine' | 'headerOffset' | 'footerOffset'
>;

const MAX_ROW_NOTICES = 20;

function describeColumn(column: Column): string {
	return column.header.trim() ? `"${column.header.trim()}"` : `${column.index + 1} (no header)`;
}

function listLines(lines: readonly number[]): string {
	const shown = lines.slice(0, 10).join(', ');
	return lines.length > 10 ? `${shown} and ${lines.length - 10} more` : shown;
}

/**
 * Splits the text (laid out as `sniff` found it) into a header and rows, each row with the file
 * line it starts on. Rows whose cell count differs from the header are set aside and reported,
 * never shifted; only surplus empty cells at the end of a row are tolerated.
 */
export function parseTable(rawText: string, layout: LayoutForParse): ParsedTable {
	const text = canonicalText(rawText);
	const notices: Notice[] = [];
	const empty = (message: string, code: 'file-empty' | 'no-data-rows'): ParsedTable => ({
		ok: false,
		columns: [],
		rows: [],
		skipped: [],
		headerLine: layout.headerLine,
		notices: [
			notice('error', code, message, code === 'no-data-rows' ? { line: layout.headerLine } : {})
		]
	});
	if (text.trim() === '') return empty('The file is empty.', 'file-empty');

	const body = text.slice(layout.headerOffset, layout.footerOffset ?? text.length);
	const parsed = tokenize(body, layout.delimiter, layout.quote, layout.headerLine);
	const records = parsed.records;
	const startLines = parsed.lines;

	const columns = nameColumns(records[0] ?? []);
	if (columns.every((c) => c.header.trim() === '')) {
		return empty('The file is empty: there is no header row.', 'file-empty');
	}

	const malformed = new Set<number>();
	for (const error of parsed.errors) {
		const index = error.row;
		const record = records[index] ?? [];
		if (error.code === 'MissingQuotes') {
			const fieldIndex = Math.max(0, record.length - 1);
			let quoteLine = startLines[index] ?? layout.headerLine;
			for (let k = 0; k < fieldIndex; k++) quoteLine += countBreaks(record[k]);
			const lastLine = quoteLine + countBreaks(record[fieldIndex] ?? '');
			const column = columns[fieldIndex];
			notices.push(
				notice(
					'error',
					'unterminated-quote',
					`Line ${quoteLine}: the quoted value${column ? ` in column ${describeColumn(column)}` : ''} is never closed, so lines ${quoteLine}–${lastLine} would be read as one cell. Add the closing quote (") or remove the opening one, then upload again.`,
					{
						line: quoteLine,
						column: column?.name,
						params: { lastLine }
					}
				)
			);
			return { ok: false, columns, rows: [], skipped: [], headerLine: layout.headerLine, notices };
		}
		if (error.code === 'InvalidQuotes') malformed.add(index);
	}

	const rows: DataRow[] = [];
	const skipped: SkippedRow[] = [];
	const trailingTolerated: number[] = [];
	const blankLines: number[] = [];
	let pendingBlank: number[] = [];
	let rowNotices = 0;
	const width = columns.length;

	for (let index = 1; index < records.length; index++) {
		const record = records[index];
		const rowLine = startLines[index];
		const cells = dataCells(record, width, malformed.has(index));
		if (cells === 'blank') {
			pendingBlank.push(rowLine);
			continue;
		}
		// Blank lines at the very end are normal; only those between rows are worth a mention.
		blankLines.push(...pendingBlank);
		pendingBlank = [];
		if (cells === 'malformed') {
			const detail = `Line ${rowLine}: a quoted value is followed by more text before the next separator; the row was skipped.`;
			skipped.push({ line: rowLine, reason: 'malformed-quote', detail, code: 'malformed-quote' });
			if (rowNotices++ < MAX_ROW_NOTICES) {
				notices.push(notice('warning', 'malformed-quote', detail, { line: rowLine }));
			}
			continue;
		}
		if (cells !== record) trailingTolerated.push(rowLine);
		if (cells.length !== width) {
			const detail = `Line ${rowLine} has ${cells.length} value${cells.length === 1 ? '' : 's'} but the header has ${width}; the row was skipped so that no value lands in the wrong column${cells.length > width ? ' (an unquoted separator inside a name, as in "Korea, Rep."?)' : ''}.`;
			const params = { found: cells.length, expected: width };
			skipped.push({ line: rowLine, reason: 'ragged', detail, code: 'ragged-row', params });
			if (rowNotices++ < MAX_ROW_NOTICES) {
				notices.push(notice('warning', 'ragged-row', detail, { line: rowLine, params }));
			}
			continue;
		}
		rows.push({ line: rowLine, cells });
	}
	if (rowNotices > MAX_ROW_NOTICES) {
		notices.push(
			notice(
				'warning',
				'ragged-row',
				`${rowNotices - MAX_ROW_NOTICES} more rows were skipped for the same reasons (see the report).`,
				{ params: { more: rowNotices - MAX_ROW_NOTICES } }
			)
		);
	}

	for (const column of columns) {
		column.empty = rows.every((row) => row.cells[column.index].trim() === '');
		column.ignorable = column.empty && column.header.trim() === '';
	}

	if (trailingTolerated.length) {
		notices.push(
			notice(
				'info',
				'trailing-empty-fields',
				`Empty cells beyond the last column were ignored on line${trailingTolerated.length === 1 ? '' : 's'} ${listLines(trailingTolerated)}.`,
				{ line: trailingTolerated[0], params: { count: trailingTolerated.length } }
			)
		);
	}
	if (blankLines.length) {
		notices.push(
			notice(
				'info',
				'blank-rows-skipped',
				`Empty rows were skipped: line${blankLines.length === 1 ? '' : 's'} ${listLines(blankLines)}.`,
				{
					line: blankLines[0],
					params: { count: blankLines.length }
				}
			)
		);
	}
	const ignored = columns.filter((c) => c.ignorable);
	if (ignored.length) {
		notices.push(
			notice(
				'info',
				'empty-column-ignored',
				`${ignored.length} column${ignored.length === 1 ? '' : 's'} with no header and no values ${ignored.length === 1 ? 'was' : 'were'} ignored (column${ignored.length === 1 ? '' : 's'} ${listLines(ignored.map((c) => c.index + 1))}).`,
				{ params: { count: ignored.length } }
			)
		);
	}
	for (const column of columns) {
		if (column.ignorable || !column.generated) continue;
		const blank = column.header.trim() === '';
		notices.push(
			notice(
				'warning',
				blank ? 'blank-header' : 'duplicate-header',
				blank
					? `Column ${column.index + 1} has no header but holds values; it is called "${column.name}".`
					: `The header "${column.header.trim()}" appears more than once; column ${column.index + 1} is called "${column.name}".`,
				{
					line: layout.headerLine,
					column: column.index + 1,
					params: { name: column.name, header: column.header.trim() }
				}
			)
		);
	}

	if (rows.length === 0 && skipped.length === 0) {
		return {
			...empty(`No data rows (only a header, on line ${layout.headerLine}).`, 'no-data-rows'),
			columns
		};
	}
	return { ok: true, columns, rows, skipped, headerLine: layout.headerLine, notices };
}
