import { canonicalText, countBreaks, lineEndingOf, type LineEnding } from './canonical-text';
import {
	chooseDelimiter,
	DELIMITERS,
	mode,
	scoreDelimiters,
	type Delimiter
} from './delimiter-scores';
import { findFooter } from './footer-lines';
import { detectDecimal, findHeader } from './header-row';
import { notice, type Notice } from './notice';
import { isBlankRecord, readRecords } from './read-records';
import type { DecimalMark } from './values';

// Importers take the delimiter type and list from here, beside the result that names them.
export { DELIMITERS, type Delimiter };
export type { DecimalMark };

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
