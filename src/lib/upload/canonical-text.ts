export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/**
 * The text every later step works on, so that offsets agree between them: no byte-order mark,
 * `\n` line breaks. A lone `\r` inside a `\n` file stays as it is (it can be cell content), so
 * line numbers match what `grep -n` shows for the original file.
 */
export function canonicalText(text: string): string {
	const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (withoutBom.includes('\n')) {
		return withoutBom.includes('\r\n') ? withoutBom.replace(/\r\n/g, '\n') : withoutBom;
	}
	return withoutBom.replace(/\r/g, '\n');
}

export function lineEndingOf(text: string): LineEnding {
	const crlf = occurrences(text, '\r\n');
	const lf = occurrences(text, '\n') - crlf;
	const cr = occurrences(text, '\r') - crlf;
	if (crlf + lf === 0) return cr > 0 ? 'cr' : 'none';
	if (lf === 0) return 'crlf';
	if (crlf === 0) return 'lf';
	return 'mixed';
}

/** Counted in place: a global match made an array of every break (millions in a large file). */
function occurrences(text: string, needle: string): number {
	let count = 0;
	for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) count++;
	return count;
}

/** 1-based line number of a character offset in canonical text */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/** Count of line breaks in a string (the line breaks a quoted cell spans) */
export function countBreaks(text: string): number {
	let count = 0;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
	return count;
}
