/** One logical CSV record as the sniffer sees it (a quoted cell may span lines). */
export interface SniffedRecord {
	/** 1-based line where the record starts */
	line: number;
	/** Offset of the record's first character in the canonical text */
	offset: number;
	fields: string[];
	/** False when the text ended inside a quoted cell */
	closed: boolean;
}

export interface ReadLimits {
	maxRecords: number;
	maxChars: number;
}

/**
 * A small quote-aware reader for sniffing a sample of canonical text (`\n` breaks); PapaParse
 * does the real parse. A quote opens a quoted cell only at the start of a cell, as in RFC 4180.
 */
export function readRecords(
	text: string,
	delimiter: string,
	start = 0,
	startLine = 1,
	limits: ReadLimits = { maxRecords: 200, maxChars: 256 * 1024 }
): SniffedRecord[] {
	const records: SniffedRecord[] = [];
	let i = start;
	let line = startLine;
	while (i < text.length && records.length < limits.maxRecords && i - start < limits.maxChars) {
		const record: SniffedRecord = { line, offset: i, fields: [], closed: true };
		let field = '';
		let atFieldStart = true;
		let inQuotes = false;
		for (;;) {
			if (i >= text.length) {
				record.fields.push(field);
				record.closed = !inQuotes;
				break;
			}
			const ch = text[i];
			if (inQuotes) {
				if (ch === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
					} else {
						inQuotes = false;
						i++;
					}
					continue;
				}
				if (ch === '\n') line++;
				field += ch;
				i++;
				continue;
			}
			if (ch === '"' && atFieldStart) {
				inQuotes = true;
				atFieldStart = false;
				i++;
			} else if (ch === delimiter) {
				record.fields.push(field);
				field = '';
				atFieldStart = true;
				i++;
			} else if (ch === '\n') {
				record.fields.push(field);
				i++;
				line++;
				break;
			} else {
				field += ch;
				atFieldStart = false;
				i++;
			}
		}
		records.push(record);
	}
	return records;
}

export const isBlankRecord = (fields: readonly string[]): boolean =>
	fields.every((f) => f.trim() === '');
