import { canonicalText, countBreaks, lineEndingOf, type LineEnding } from './canonical-text';
import { notice, type Notice } from './notice';
import { isBlankRecord, readRecords, type SniffedRecord } from './read-records';
import { parseNumber, type DecimalMark } from './values';
import { parseYear } from './years';

export type Delimiter = ',' | ';' | '\t' | '|';
export type { DecimalMark };

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

const DELIMITER_NAMES: Record<Delimiter, string> = {
	',': 'commas (,)',
	';': 'semicolons (;)',
	'\t': 'tabs',
	'|': 'pipes (|)'
};

export interface SniffResult {
	delimiter: Delimiter;
	decimal: DecimalMark;
	quote: '"';
	/** 1-based line of the header row in the file */
	headerLine: number;
	/** Offset of the header row in `canonicalText(text)` */
	headerOffset: number;
	/** 1-based line of the first row after the header */
	dataStartLine: number;
	/** 1-based line where notes after the data begin (DataBank "Data from database: …"), or null */
	footerStartLine: number | null;
	/** Offset of the footer in `canonicalText(text)`, or null */
	footerOffset: number | null;
	/** The first line was Excel's `sep=X` hint */
	sepHint: boolean;
	lineEnding: LineEnding;
	notices: Notice[];
}

export interface SniffOptions {
	delimiter?: Delimiter;
	decimal?: DecimalMark;
	/** 1-based line of the header row, as the user set it; detected when absent */
	headerLine?: number;
}

const MAX_PREAMBLE_RECORDS = 30;
const FOOTER_SCAN_LINES = 60;

function mode(values: readonly number[]): { value: number; share: number } {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let best = 0;
	let bestCount = 0;
	for (const [v, c] of counts) {
		if (c > bestCount || (c === bestCount && v > best)) {
			best = v;
			bestCount = c;
		}
	}
	return { value: best, share: values.length ? bestCount / values.length : 0 };
}

interface DelimiterScore {
	delimiter: Delimiter;
	width: number;
	share: number;
}

/** The delimiter that splits the most sample records into the same number (> 1) of cells. */
function scoreDelimiters(text: string, start: number, startLine: number): DelimiterScore[] {
	return DELIMITERS.map((delimiter) => {
		const records = readRecords(text, delimiter, start, startLine).filter(
			(r) => !isBlankRecord(r.fields)
		);
		const { value, share } = mode(records.map((r) => r.fields.length));
		return { delimiter, width: value, share: value > 1 ? share : 0 };
	});
}

function chooseDelimiter(scores: readonly DelimiterScore[]): DelimiterScore | null {
	const usable = scores.filter((s) => s.share > 0);
	if (usable.length === 0) return null;
	const bestShare = Math.max(...usable.map((s) => s.share));
	const close = usable.filter((s) => s.share >= bestShare - 0.1);
	// Among near-equals the delimiter that gives more columns wins: in `a;b;77,7` the comma is
	// also "consistent", but only as a decimal mark.
	return close.reduce((best, s) => (s.width > best.width ? s : best));
}

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
function findHeader(records: readonly SniffedRecord[], width: number): number {
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

function detectDecimal(records: readonly SniffedRecord[], delimiter: Delimiter): DecimalMark {
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

interface PhysicalLine {
	line: number;
	offset: number;
	text: string;
}

function lastLines(text: string, count: number): PhysicalLine[] {
	const total = countBreaks(text) + 1;
	const lines: PhysicalLine[] = [];
	let end = text.length;
	for (let line = total; line >= 1 && lines.length < count; line--) {
		const start = line === 1 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
		lines.push({ line, offset: start, text: text.slice(start, end) });
		end = start - 1;
	}
	return lines.reverse();
}

/**
 * Notes after the table (DataBank: empty rows, then "Data from database: …" and
 * "Last Updated: …"). Only a block that starts with an empty row and holds single-cell text
 * lines counts, so a short last data row ("Myanmar") is still reported as a bad row.
 */
function findFooter(text: string, delimiter: Delimiter, afterLine: number): PhysicalLine | null {
	const tail = lastLines(text, FOOTER_SCAN_LINES).filter((l) => l.line > afterLine);
	const kinds = tail.map((l) => {
		const fields = readRecords(l.text, delimiter, 0, 1, { maxRecords: 1, maxChars: Infinity })[0]
			?.fields ?? [''];
		if (isBlankRecord(fields)) return 'blank';
		const filled = fields.filter((f) => f.trim() !== '');
		return filled.length === 1 && fields[0].trim() !== '' && /\p{L}/u.test(fields[0])
			? 'note'
			: 'data';
	});
	let blockStart = kinds.length;
	while (blockStart > 0 && kinds[blockStart - 1] !== 'data') blockStart--;
	for (let i = blockStart; i < kinds.length; i++) {
		if (kinds[i] === 'blank' && kinds.slice(i + 1).includes('note')) return tail[i];
	}
	return null;
}

function preview(fields: readonly string[]): string {
	const text = fields.filter((f) => f.trim() !== '').join(' ');
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Works out how a CSV text is laid out: delimiter (honouring Excel's `sep=` line), decimal
 * mark, where the header is (after any preamble) and where notes after the data begin.
 */
export function sniff(rawText: string, options: SniffOptions = {}): SniffResult {
	const text = canonicalText(rawText);
	const notices: Notice[] = [];
	const lineEnding = lineEndingOf(rawText);

	let start = 0;
	let startLine = 1;
	let delimiter: Delimiter | undefined = options.delimiter;
	const firstBreak = text.indexOf('\n');
	const firstLine = text.slice(0, firstBreak === -1 ? text.length : firstBreak);
	const sepMatch = /^"?sep=(.)"?\s*$/i.exec(firstLine);
	if (sepMatch) {
		start = firstBreak === -1 ? text.length : firstBreak + 1;
		startLine = 2;
		const hinted = DELIMITERS.find((d) => d === sepMatch[1]);
		if (hinted && !delimiter) delimiter = hinted;
		notices.push(
			notice(
				'info',
				'sep-hint',
				hinted
					? `Line 1 is Excel's "sep=${sepMatch[1]}" hint; it was used and skipped.`
					: `Line 1 is Excel's "sep=${sepMatch[1]}" hint for an unusual separator; it was skipped.`,
				{ line: 1, params: { delimiter: sepMatch[1], ...(!hinted && { variant: 'unusual' }) } }
			)
		);
	}

	let width = 0;
	if (delimiter) {
		const records = readRecords(text, delimiter, start, startLine).filter(
			(r) => !isBlankRecord(r.fields)
		);
		width = mode(records.map((r) => r.fields.length)).value;
	} else {
		const chosen = chooseDelimiter(scoreDelimiters(text, start, startLine));
		delimiter = chosen?.delimiter ?? ',';
		width = chosen?.width ?? 1;
		if (!chosen && text.trim() !== '') {
			notices.push(
				notice(
					'error',
					'delimiter-not-found',
					'Every line has a single column: no comma, semicolon, tab or pipe separates the values. Check that this is a CSV export.'
				)
			);
		} else if (chosen && delimiter !== ',') {
			notices.push(
				notice(
					'info',
					'delimiter-detected',
					`Columns are separated by ${DELIMITER_NAMES[delimiter]}.`,
					{
						params: { delimiter }
					}
				)
			);
		}
	}

	const records = readRecords(text, delimiter, start, startLine);
	const chosenHeader =
		options.headerLine === undefined
			? -1
			: records.findIndex((r) => r.line >= (options.headerLine as number));
	const headerIndex = chosenHeader >= 0 ? chosenHeader : findHeader(records, width);
	const header = records[headerIndex];
	const headerLine = header?.line ?? startLine;
	const headerOffset = header?.offset ?? start;
	const next = records[headerIndex + 1];
	const dataStartLine = next?.line ?? headerLine + 1;

	const preamble = records.slice(0, headerIndex).filter((r) => !isBlankRecord(r.fields));
	if (headerIndex > 0) {
		const lines = `${startLine}–${headerLine - 1}`;
		notices.push(
			notice(
				'info',
				'preamble-skipped',
				`Lines ${lines} above the header (line ${headerLine}) were skipped${preamble.length ? `: "${preview(preamble[0].fields)}"` : ''}.`,
				{ line: startLine, params: { from: startLine, to: headerLine - 1, headerLine } }
			)
		);
	}

	const decimal = options.decimal ?? detectDecimal(records.slice(headerIndex + 1), delimiter);
	if (decimal === ',' && !options.decimal) {
		notices.push(
			notice('info', 'decimal-comma', 'Numbers use a decimal comma (77,7 is read as 77.7).', {
				params: { decimal }
			})
		);
	}

	const footer = header ? findFooter(text, delimiter, headerLine) : null;
	if (footer) {
		const lastLine = countBreaks(text) + (text.endsWith('\n') ? 0 : 1);
		const firstNote = text
			.slice(footer.offset)
			.split('\n')
			.find((l) => l.replaceAll(delimiter, '').trim() !== '');
		notices.push(
			notice(
				'info',
				'footer-skipped',
				`Lines ${footer.line}–${lastLine} after the data are notes, not data${firstNote ? ` ("${preview(firstNote.split(delimiter))}")` : ''}; they were not imported.`,
				{ line: footer.line, params: { from: footer.line, to: lastLine } }
			)
		);
	}

	return {
		delimiter,
		decimal,
		quote: '"',
		headerLine,
		headerOffset,
		dataStartLine,
		footerStartLine: footer?.line ?? null,
		footerOffset: footer?.offset ?? null,
		sepHint: sepMatch !== null,
		lineEnding,
		notices
	};
}
