import { notice, type Notice } from './notice';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874' | 'windows-1252';

export interface DecodedText {
	ok: true;
	encoding: TextEncoding;
	/** 1 when certain (BOM, or plain ASCII); lower for guesses between legacy code pages */
	confidence: number;
	/** Decoded text without the byte-order mark */
	text: string;
	bom: boolean;
	/** Other encodings worth offering the user when the guess is not certain */
	alternatives: TextEncoding[];
	notices: Notice[];
}

export interface DecodeFailure {
	ok: false;
	notices: Notice[];
}

export interface DecodeOptions {
	/** Skip detection and decode with this encoding */
	encoding?: TextEncoding;
}

export const ENCODING_LABELS: Record<TextEncoding, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE',
	'windows-874': 'Windows-874 (Thai, TIS-620)',
	'windows-1252': 'Windows-1252 (Western European)'
};

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

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
	if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
	if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
	return null;
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of mostly-ASCII text. */
function utf16ByNulPattern(bytes: Uint8Array): TextEncoding | null {
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

interface Utf8Scan {
	valid: boolean;
	ascii: boolean;
	multibyte: number;
	invalid: number;
}

function scanUtf8(bytes: Uint8Array, from: number): Utf8Scan {
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
function guessLegacy(
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

function decodeWith(bytes: Uint8Array, encoding: TextEncoding): string {
	return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** U+FFFD, or the private-use code points some ICU builds give unmapped Windows-874 bytes */
const UNDECODABLE = /[\uFFFD\uF8C1-\uF8C8]/;

function lineOf(text: string, index: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

function replacementNotice(text: string, encoding: TextEncoding): Notice | null {
	const first = text.search(UNDECODABLE);
	if (first === -1) return null;
	const count = text.match(new RegExp(UNDECODABLE.source, 'g'))?.length ?? 0;
	const line = lineOf(text, first);
	return notice(
		'warning',
		'encoding-replacement-chars',
		`${count} byte sequence(s) are not valid ${ENCODING_LABELS[encoding]} (first on line ${line}) and show as �. Choose another encoding, or re-save the file as UTF-8.`,
		{ line, params: { count, encoding, encodingLabel: ENCODING_LABELS[encoding] } }
	);
}

function legacyAlternatives(encoding: TextEncoding): TextEncoding[] {
	return (['windows-874', 'windows-1252', 'utf-8'] as const).filter((e) => e !== encoding);
}

/**
 * Turns file bytes into text: refuses binary files (Excel, ZIP, PDF), honours a byte-order mark,
 * prefers UTF-8, and otherwise tells Thai Windows-874 from Western Windows-1252.
 */
export function decodeBytes(
	bytes: Uint8Array,
	options: DecodeOptions = {}
): DecodedText | DecodeFailure {
	if (bytes.length === 0) {
		return { ok: false, notices: [notice('error', 'file-empty', 'The file is empty (0 bytes).')] };
	}
	const binary = detectBinary(bytes);
	if (binary) {
		const excel = binary.includes('Excel');
		return {
			ok: false,
			notices: [
				notice(
					'error',
					'binary-file',
					excel
						? `Not a text CSV — looks like ${binary}; export as CSV (File › Save As › CSV UTF-8) and upload that.`
						: `Not a text CSV — looks like ${binary}. Upload a CSV file.`,
					{ params: { looksLike: binary, ...(excel && { variant: 'excel' }) } }
				)
			]
		};
	}

	const bom = bomOf(bytes);
	const notices: Notice[] = [];

	if (options.encoding) {
		const forced = options.encoding;
		const skip = bom && bom.encoding === forced ? bom.length : 0;
		const text = decodeWith(bytes.subarray(skip), forced);
		notices.push(
			notice('info', 'encoding-forced', `Read as ${ENCODING_LABELS[forced]}, as chosen.`, {
				params: { encoding: forced, encodingLabel: ENCODING_LABELS[forced] }
			})
		);
		const bad = replacementNotice(text, forced);
		if (bad) notices.push(bad);
		return {
			ok: true,
			encoding: forced,
			confidence: 1,
			text,
			bom: skip > 0,
			alternatives: [],
			notices
		};
	}

	if (bom) {
		const text = decodeWith(bytes.subarray(bom.length), bom.encoding);
		const bad = replacementNotice(text, bom.encoding);
		if (bad) notices.push(bad);
		return {
			ok: true,
			encoding: bom.encoding,
			confidence: 1,
			text,
			bom: true,
			alternatives: [],
			notices
		};
	}

	const utf16 = utf16ByNulPattern(bytes);
	if (utf16) {
		const text = decodeWith(bytes, utf16);
		notices.push(
			notice(
				'info',
				'encoding-detected',
				`Read as ${ENCODING_LABELS[utf16]} (the file has no byte-order mark).`,
				{
					params: { encoding: utf16, encodingLabel: ENCODING_LABELS[utf16], variant: 'no-bom' }
				}
			)
		);
		const bad = replacementNotice(text, utf16);
		if (bad) notices.push(bad);
		return {
			ok: true,
			encoding: utf16,
			confidence: 0.8,
			text,
			bom: false,
			alternatives: ['utf-8'],
			notices
		};
	}

	const scan = scanUtf8(bytes, 0);
	if (scan.valid) {
		return {
			ok: true,
			encoding: 'utf-8',
			confidence: scan.ascii ? 1 : 0.99,
			text: decodeWith(bytes, 'utf-8'),
			bom: false,
			alternatives: [],
			notices
		};
	}

	const legacy = guessLegacy(bytes, 0);
	const legacyText = decodeWith(bytes, legacy.encoding);
	// Mostly-UTF-8 with a few bad bytes (a file edited in two tools): keep UTF-8 and say so.
	const mostlyUtf8 = scan.multibyte > scan.invalid * 4;
	if (mostlyUtf8 || UNDECODABLE.test(legacyText)) {
		const fallback: TextEncoding = mostlyUtf8 ? 'utf-8' : 'windows-1252';
		const text = decodeWith(bytes, fallback);
		const bad = replacementNotice(text, fallback);
		if (bad) notices.push(bad);
		return {
			ok: true,
			encoding: fallback,
			confidence: 0.5,
			text,
			bom: false,
			alternatives: legacyAlternatives(fallback),
			notices
		};
	}
	notices.push(
		notice(
			'warning',
			'encoding-detected',
			`The file is not UTF-8; read it as ${ENCODING_LABELS[legacy.encoding]}. If names look wrong, choose another encoding.`,
			{
				params: {
					encoding: legacy.encoding,
					encodingLabel: ENCODING_LABELS[legacy.encoding],
					confidence: legacy.confidence
				}
			}
		)
	);
	return {
		ok: true,
		encoding: legacy.encoding,
		confidence: legacy.confidence,
		text: legacyText,
		bom: false,
		alternatives: legacyAlternatives(legacy.encoding),
		notices
	};
}
