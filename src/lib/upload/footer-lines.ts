/**
 * Where notes after the table begin. It reads the physical lines at the end of the text rather
 * than the sniffed records, which stop at a sample and would never reach a large file's end.
 */
import { countBreaks } from './canonical-text';
import type { Delimiter } from './delimiter-scores';
import { isBlankRecord, readRecords } from './read-records';

const FOOTER_SCAN_LINES = 60;

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
export function findFooter(
	text: string,
	delimiter: Delimiter,
	afterLine: number
): PhysicalLine | null {
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
