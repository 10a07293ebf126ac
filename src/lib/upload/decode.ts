import { bomOf, detectBinary, guessLegacy, scanUtf8, utf16ByNulPattern } from './byte-sniff';
import { notice, type Notice } from './notice';

export { detectBinary };

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

/** The notices so far, and one more when some bytes could not be read as `encoding` */
function checked(notices: Notice[], text: string, encoding: TextEncoding): Notice[] {
	const bad = replacementNotice(text, encoding);
	return bad ? [...notices, bad] : notices;
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
		const found = { encoding: forced, confidence: 1, bom: skip > 0, alternatives: [] };
		return { ok: true, ...found, text, notices: checked(notices, text, forced) };
	}

	if (bom) {
		const text = decodeWith(bytes.subarray(bom.length), bom.encoding);
		const found = { encoding: bom.encoding, confidence: 1, bom: true, alternatives: [] };
		return { ok: true, ...found, text, notices: checked(notices, text, bom.encoding) };
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
		const found = {
			encoding: utf16,
			confidence: 0.8,
			bom: false,
			alternatives: ['utf-8' as const]
		};
		return { ok: true, ...found, text, notices: checked(notices, text, utf16) };
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
		const found = { encoding: fallback, confidence: 0.5, bom: false };
		const alternatives = legacyAlternatives(fallback);
		return { ok: true, ...found, alternatives, text, notices: checked(notices, text, fallback) };
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
