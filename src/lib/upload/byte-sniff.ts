/**
 * What the bytes of a file say before any decoding: a binary format's signature, a byte-order
 * mark, UTF-16 without one, valid UTF-8, or which legacy code page its high bytes suggest.
 */
import type { TextEncoding } from './decode';

interface Signature {
	bytes: readonly number[];
	looksLike: string;
}

const BINARY_SIGNATURES: readonly Signature[] = [
	{ bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'an Excel/ZIP file' },
	{ bytes: [0x50, 0x4b, 0x05, 0x06], looksLike: 'an Excel/ZIP file' },
	{
		bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
		looksLike: 'an old Excel (.xls) file'
	},
	{ bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: 'a PDF file' },
	{ bytes: [0x1f, 0x8b], looksLike: 'a gzip-compressed file' },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image' },
	{ bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
	{ bytes: [0x50, 0x41, 0x52, 0x31], looksLike: 'a Parquet file' },
	{ bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], looksLike: 'an SQLite database' }
];

const SAMPLE_BYTES = 8192;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

export function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
	if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
	if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
	return null;
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of mostly-ASCII text. */
export function utf16ByNulPattern(bytes: Uint8Array): TextEncoding | null {
	const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
	if (pairs < 2) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < pairs * 2; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.02) return 'utf-16le';
	if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.02) return 'utf-16be';
	return null;
}

/** What a binary file looks like, or null for something that may be text. */
export function detectBinary(bytes: Uint8Array): string | null {
	const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
	if (signature) return signature.looksLike;
	if (bomOf(bytes) || utf16ByNulPattern(bytes)) return null;
	const end = Math.min(bytes.length, SAMPLE_BYTES);
	for (let i = 0; i < end; i++) if (bytes[i] === 0) return 'a binary file';
	return null;
}

export interface Utf8Scan {
	valid: boolean;
	ascii: boolean;
	multibyte: number;
	invalid: number;
}

export function scanUtf8(bytes: Uint8Array, from: number): Utf8Scan {
	let multibyte = 0;
	let invalid = 0;
	let ascii = true;
	for (let i = from; i < bytes.length;) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		ascii = false;
		const length =
			b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		let ok = length > 0 && i + length <= bytes.length;
		for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
		if (ok && length === 3) {
			const second = bytes[i + 1];
			if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) ok = false;
		}
		if (ok && length === 4) {
			const second = bytes[i + 1];
			if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) ok = false;
		}
		if (ok) {
			multibyte++;
			i += length;
		} else {
			invalid++;
			i++;
		}
	}
	return { valid: invalid === 0, ascii, multibyte, invalid };
}

const isThaiLetter = (b: number) => (b >= 0xa1 && b <= 0xda) || (b >= 0xdf && b <= 0xfb);
const isWindows874 = (b: number) =>
	b === 0x80 || b === 0x85 || (b >= 0x91 && b <= 0x97) || b === 0xa0 || isThaiLetter(b);

/**
 * Thai in Windows-874 is runs of high bytes (every letter is one) with many consonants
 * (0xA1–0xCE), while accented Latin in Windows-1252 is a lone high byte between ASCII letters,
 * mostly lower case (0xE0–0xFF), as in `C\xF4te d'Ivoire`.
 */
export function guessLegacy(
	bytes: Uint8Array,
	from: number
): { encoding: TextEncoding; confidence: number } {
	let high = 0;
	let thai = 0;
	let consonants = 0;
	let inRun = 0;
	let all874 = true;
	for (let i = from; i < bytes.length; i++) {
		const b = bytes[i];
		if (b < 0x80) continue;
		high++;
		if (isThaiLetter(b)) thai++;
		if (b >= 0xa1 && b <= 0xce) consonants++;
		if (!isWindows874(b)) all874 = false;
		if ((i > from && bytes[i - 1] >= 0x80) || (i + 1 < bytes.length && bytes[i + 1] >= 0x80))
			inRun++;
	}
	if (all874 && thai >= high * 0.9 && consonants >= high * 0.25 && inRun >= high * 0.5) {
		return { encoding: 'windows-874', confidence: inRun >= high * 0.8 ? 0.9 : 0.7 };
	}
	return { encoding: 'windows-1252', confidence: high > 0 && inRun === 0 ? 0.8 : 0.6 };
}
