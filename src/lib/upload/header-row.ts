/**
 * Where the table starts and how its numbers are written: the header row below any preamble
 * (titles, key/value lines), and the decimal mark the data rows use. Both read the records the
 * sniffer already split with the chosen delimiter.
 */
import type { Delimiter } from './delimiter-scores';
import { isBlankRecord, type SniffedRecord } from './read-records';
import { parseNumber, type DecimalMark } from './values';
import { parseYear } from './years';

const MAX_PREAMBLE_RECORDS = 30;

const nonEmpty = (fields: readonly string[]) => fields.filter((f) => f.trim() !== '').length;

function isDataNumber(cell: string): boolean {
	const trimmed = cell.trim();
	if (trimmed === '') return false;
	const isNumber = parseNumber(trimmed, '.') !== null || parseNumber(trimmed, ',') !== null;
	return isNumber && !parseYear(trimmed).ok;
}

/**
 * Skips title and key/value lines above the table (World Bank bulk files start with
 * "Data Source" and "Last Updated Date"): leading records that are blank, or that have at most
 * two filled cells and fewer cells than the table.
 */
export function findHeader(records: readonly SniffedRecord[], width: number): number {
	let index = 0;
	// A spreadsheet re-saving the file pads preamble lines with delimiters to the table's width,
	// so in a table of four or more columns two filled cells are a preamble line either way.
	while (
		index < records.length &&
		index < MAX_PREAMBLE_RECORDS &&
		(isBlankRecord(records[index].fields) ||
			(nonEmpty(records[index].fields) <= 2 &&
				(records[index].fields.length < width || width >= 4)))
	) {
		index++;
	}
	if (index >= records.length) return 0;
	// A "header" made of numbers is a data row: the short line above it was the real header.
	const previous = index - 1;
	if (
		previous >= 0 &&
		records[index].fields.some(isDataNumber) &&
		nonEmpty(records[previous].fields) >= 2 &&
		!records[previous].fields.some(isDataNumber)
	) {
		return previous;
	}
	return index;
}

export function detectDecimal(
	records: readonly SniffedRecord[],
	delimiter: Delimiter
): DecimalMark {
	if (delimiter === ',') return '.';
	let comma = 0;
	let ambiguousComma = 0;
	let point = 0;
	for (const record of records) {
		for (const raw of record.fields) {
			const cell = raw.trim().replace(/%$/, '');
			if (/^[+-]?\d+,\d+$/.test(cell)) {
				if (/,\d{3}$/.test(cell)) ambiguousComma++;
				else comma++;
			} else if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(cell)) comma++;
			else if (/^[+-]?\d+\.\d+$/.test(cell) && !/\.\d{3}$/.test(cell)) point++;
			else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(cell)) point++;
		}
	}
	if (comma > point) return ',';
	if (comma === 0 && point === 0 && ambiguousComma > 0 && delimiter === ';') return ',';
	return '.';
}
