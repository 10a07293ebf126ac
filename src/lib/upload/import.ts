import { decodeBytes, type TextEncoding } from './decode';
import { hasError, notice, type Notice } from './notice';
import { parseTable, type Column, type DataRow, type ParsedTable } from './parse';
import { eachRow } from './records';
import { proposeShape, type ColumnMapping, type TableShape } from './shape';
import { sniff, type Delimiter, type SniffResult } from './sniff';
import type { KeptObservations } from './observations';
import { csvHeader, csvRows, sourceColumns, type SourceRead } from './source-table';
import { validateTable, type ImportReport, type TidyRow } from './validate';
import type { DecimalMark } from './values';

/**
 * The upload size limit, shown on the "My data" page: larger files are refused before a byte is
 * read. Filtered to ASEAN, even the biggest real exports stay far below it.
 */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/** Rows kept for the preview table */
export const PREVIEW_ROWS = 20;

export interface ImportOptions {
	encoding?: TextEncoding;
	delimiter?: Delimiter;
	decimal?: DecimalMark;
	/** Indicator name when no column names it; the file name without extension by default */
	indicatorName?: string;
	/** Use this mapping instead of the proposed one (after the user corrected it) */
	mapping?: ColumnMapping;
	/** 1-based line of the header row, when the user set it */
	headerLine?: number;
	maxBytes?: number;
	/**
	 * False leaves `rows` empty: the caller takes the kept observations as columns (a large
	 * file's millions of row objects cost the parse worker seconds and gigabytes).
	 */
	rowObjects?: boolean;
}

export interface ImportResult {
	/** False when the file was refused; the error notices say why */
	ok: boolean;
	fileName: string;
	encoding: TextEncoding | null;
	encodingConfidence: number | null;
	encodingAlternatives: TextEncoding[];
	layout: SniffResult | null;
	columns: Column[];
	/** The first rows as parsed, for the preview table */
	preview: DataRow[];
	shape: TableShape | null;
	/** The mapping used, for the user to review and change */
	mapping: ColumnMapping | null;
	/** What detection found (even when not enough to import): where the mapping form starts */
	draft: ColumnMapping | null;
	/** The file's first lines as text, so the user can see where the header row is */
	firstLines: string[];
	rows: TidyRow[];
	report: ImportReport | null;
	notices: Notice[];
}

export function indicatorNameFromFileName(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? fileName;
	return base.replace(/\.(csv|tsv|txt)$/i, '').trim();
}

export function megabytes(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/** The refusal for a file above the limit; the page gives it from `File.size`, before reading. */
export function fileTooLarge(size: number, maxBytes = DEFAULT_MAX_BYTES): Notice {
	return notice(
		'error',
		'file-too-large',
		`File too large (${megabytes(size)} > ${megabytes(maxBytes)} limit). Filter it to the ASEAN countries and indicators you need, or split it, then upload again.`,
		{
			params: { bytes: size, limit: maxBytes, size: megabytes(size), max: megabytes(maxBytes) }
		}
	);
}

/** decode → sniff → parse → shape → validate, for one file held in memory. */
export function importFile(
	bytes: Uint8Array,
	fileName: string,
	options: ImportOptions = {}
): ImportResult {
	return analyseFile(bytes, fileName, options).result;
}

/** `importFile`, with the parsed table too (null when the file was not read as a table). */
export function analyseFile(
	bytes: Uint8Array,
	fileName: string,
	options: ImportOptions = {}
): { result: ImportResult; table: ParsedTable | null; observations: KeptObservations | null } {
	const result: ImportResult = {
		ok: false,
		fileName,
		encoding: null,
		encodingConfidence: null,
		encodingAlternatives: [],
		layout: null,
		columns: [],
		preview: [],
		shape: null,
		mapping: null,
		draft: null,
		firstLines: [],
		rows: [],
		report: null,
		notices: []
	};
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	if (bytes.length > maxBytes) {
		result.notices.push(fileTooLarge(bytes.length, maxBytes));
		return { result, table: null, observations: null };
	}

	const decoded = decodeBytes(bytes, { encoding: options.encoding });
	result.notices.push(...decoded.notices);
	if (!decoded.ok) return { result, table: null, observations: null };
	result.encoding = decoded.encoding;
	result.encodingConfidence = decoded.confidence;
	result.encodingAlternatives = decoded.alternatives;

	result.firstLines = firstLines(decoded.text);
	const layout = sniff(decoded.text, {
		delimiter: options.delimiter,
		decimal: options.decimal,
		headerLine: options.headerLine
	});
	result.layout = layout;
	result.notices.push(...layout.notices);
	if (hasError(layout.notices)) return { result, table: null, observations: null };

	const table = parseTable(decoded.text, layout);
	result.columns = table.columns;
	result.preview = table.rows.slice(0, PREVIEW_ROWS);
	result.notices.push(...table.notices);
	if (!table.ok) return { result, table, observations: null };

	const proposal = proposeShape(table, {
		decimal: layout.decimal,
		indicatorName: options.indicatorName ?? indicatorNameFromFileName(fileName)
	});
	const mapping = options.mapping ? withIndicatorName(options.mapping, fileName) : proposal.mapping;
	result.shape = options.mapping
		? options.mapping.yearColumns?.length
			? 'wide'
			: 'long'
		: proposal.shape;
	result.mapping = mapping;
	result.draft = mapping ?? proposal.draft;
	result.notices.push(...(options.mapping ? [] : proposal.notices));
	if (!mapping) return { result, table, observations: null };
	const incomplete = mappingProblem(mapping);
	if (incomplete) {
		result.notices.push(incomplete);
		return { result, table, observations: null };
	}

	const validated = validateTable(table, mapping, { decimal: layout.decimal });
	if (options.rowObjects !== false) result.rows = validated.observations.rows();
	result.report = validated.report;
	result.notices.push(...validated.notices);
	result.ok = !hasError(result.notices);
	return { result, table, observations: validated.observations };
}

/**
 * The file's own table as CSV (header, then rows led by their line), read with the same choices
 * and the same steps as its check (decode, sniff, parse) but no cell rules, `batch` records at a
 * time: what the SQL console's `upload_<name>` is written from, long after the check, without
 * holding all the cells of a big file. Null when the check could not read a table either.
 */
export function readSource(
	bytes: Uint8Array,
	read: SourceRead,
	write: (part: string) => void,
	batch = 500
): { columns: string[]; rows: number } | null {
	const decoded = decodeBytes(bytes, { encoding: read.encoding });
	if (!decoded.ok) return null;
	const { delimiter, decimal, headerLine } = read;
	const layout = sniff(decoded.text, { delimiter, decimal, headerLine });
	if (hasError(layout.notices)) return null;
	// The header goes first, once the columns are known: with the first batch, or at the end.
	let columns: string[] | null = null;
	const named = (parsed: readonly Column[]) => {
		if (columns) return columns;
		columns = sourceColumns(parsed.map((c) => c.name));
		write(csvHeader(columns));
		return columns;
	};
	const table = eachRow(decoded.text, layout, batch, (rows, parsed) => {
		named(parsed);
		write(csvRows(rows));
	});
	return table && { columns: named(table.columns), rows: table.rows };
}

/** The first lines of the text, each cut to a readable length, for the header-row choice. */
export function firstLines(text: string, count = 12): string[] {
	const lines: string[] = [];
	let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	while (lines.length < count && start < text.length) {
		const end = text.indexOf('\n', start);
		const line = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
		lines.push(line.length > 160 ? `${line.slice(0, 159)}…` : line);
		if (end === -1) break;
		start = end + 1;
	}
	return lines;
}

/** A chosen mapping with no indicator column files every value under one name: never none. */
function withIndicatorName(mapping: ColumnMapping, fileName: string): ColumnMapping {
	const named =
		mapping.indicator !== undefined ||
		mapping.indicatorCode !== undefined ||
		mapping.yearColumns?.every((y) => y.indicator);
	if (named || mapping.indicatorName?.trim()) return mapping;
	return { ...mapping, indicatorName: indicatorNameFromFileName(fileName) || 'Uploaded indicator' };
}

/** What a hand-made mapping still lacks, as the error the form shows. */
function mappingProblem(mapping: ColumnMapping): Notice | null {
	if (mapping.country === undefined && mapping.countryCode === undefined && !mapping.countryFixed) {
		return notice(
			'error',
			'no-country-column',
			'Choose the country column, or say which country the whole file is about.',
			{ params: { variant: 'mapping' } }
		);
	}
	const wide = (mapping.yearColumns?.length ?? 0) > 0;
	if (!wide && mapping.year === undefined && mapping.yearFixed === undefined) {
		return notice(
			'error',
			'no-year-column',
			'Choose the year column, or the one year the whole file is about.',
			{ params: { variant: 'mapping' } }
		);
	}
	if (!wide && mapping.value === undefined) {
		return notice('error', 'no-value-column', 'Choose the column that holds the values.', {
			params: { variant: 'mapping' }
		});
	}
	return null;
}
