/** One parsed CSV record: raw field text keyed by header name, plus the 1-based line it starts on. */
export interface CsvRecord {
	line: number;
	values: Record<string, string>;
}

export interface CsvTable {
	header: string[];
	records: CsvRecord[];
}

const DELIMITER = /[,\r\n]/g;

function nextDelimiter(source: string, from: number): number {
	DELIMITER.lastIndex = from;
	return DELIMITER.exec(source)?.index ?? source.length;
}

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of raw field
 * strings. Quotes are removed; nothing else is touched, so "12.50" stays "12.50". Like Python's
 * csv module, text after a closing quote is kept verbatim up to the next delimiter: one source
 * file has unescaped quotes inside a quoted field.
 */
export function parseCsvRows(text: string): { line: number; fields: string[] }[] {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const rows: { line: number; fields: string[] }[] = [];
	let fields: string[] = [];
	let line = 1;
	let rowLine = 1;
	let pos = 0;
	while (pos <= source.length) {
		let field = '';
		let end = pos;
		if (source[pos] === '"') {
			let from = pos + 1;
			for (;;) {
				const quote = source.indexOf('"', from);
				if (quote < 0) throw new Error(`line ${line}: quoted field is never closed`);
				field += source.slice(from, quote);
				if (source[quote + 1] !== '"') {
					end = quote + 1;
					break;
				}
				field += '"';
				from = quote + 2;
			}
			line += field.split('\n').length - 1;
		}
		const stop = nextDelimiter(source, end);
		field += source.slice(end, stop);
		fields.push(field);
		const delimiter = source[stop];
		pos = stop + 1;
		if (delimiter === ',') continue;
		if (delimiter === '\r' && source[pos] === '\n') pos++;
		rows.push({ line: rowLine, fields });
		fields = [];
		line++;
		rowLine = line;
		if (delimiter === undefined) break;
	}
	return rows.filter((row) => !(row.fields.length === 1 && row.fields[0] === ''));
}

/** Parses CSV with a header row; throws naming the file and line when a row has the wrong width. */
export function parseCsv(text: string, file: string): CsvTable {
	const [head, ...body] = parseCsvRows(text);
	if (!head) throw new Error(`${file}: empty file, expected a header row`);
	const header = head.fields.map((name) => name.trim());
	const records = body.map(({ line, fields }) => {
		if (fields.length !== header.length) {
			throw new Error(
				`${file}:${line}: ${fields.length} fields, header has ${header.length}; check quoting`
			);
		}
		const values: Record<string, string> = {};
		header.forEach((name, i) => (values[name] = fields[i]));
		return { line, values };
	});
	return { header, records };
}

/** Throws a message naming the file when a column the reader relies on is missing. */
export function requireColumns(table: CsvTable, file: string, columns: string[]): void {
	const missing = columns.filter((c) => !table.header.includes(c));
	if (missing.length > 0) {
		throw new Error(
			`${file}: missing column(s) ${missing.join(', ')}; found ${table.header.join(', ')}`
		);
	}
}
