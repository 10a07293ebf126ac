import { breakUnits, type BreakUnit } from './thai-breaks';

/** Width in px of `text` set at `size` px in one font (family and weight fixed by the caller). */
export type MeasureText = (text: string, size: number) => number;

export interface WrappedText {
	lines: string[];
	/** The font size the lines were fitted at: smaller than asked when one word was too wide */
	size: number;
}

// Thai vowel and tone marks sit above or below their consonant and take no advance width.
const ZERO_WIDTH = /[\p{Mn}\u200B-\u200D]/u;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/u;

/**
 * A width estimate for where no canvas is available (Node, tests): 0.58 em per character,
 * 1 em for CJK, nothing for combining marks.
 */
export function approximateMeasure(weight: 'normal' | 'bold' = 'normal'): MeasureText {
	const factor = weight === 'bold' ? 1.06 : 1;
	return (text, size) => {
		let ems = 0;
		for (const char of text) ems += ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 1 : 0.58;
		return ems * size * factor;
	};
}

/**
 * Breaks `text` into lines no wider than `maxWidth` where a Thai or English reader would
 * (`breakUnits`: at spaces and between Thai words, never inside a word, a number range or
 * "พ.ศ. 2563"). A unit wider than the line shrinks the font (down to `minSize`); only a unit too
 * wide even then is cut, between its words (Intl.Segmenter) and failing that between graphemes.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	measure: MeasureText,
	{ size, minSize = size }: { size: number; minSize?: number }
): WrappedText {
	const units = breakUnits(text);
	if (units.length === 0) return { lines: [], size };
	const widest = Math.max(...units.map((unit) => measure(unit.text, size)));
	let fitted = size;
	if (widest > maxWidth)
		fitted = Math.max(minSize, Math.floor((size * maxWidth * 10) / widest) / 10);
	const width = (piece: string) => measure(piece, fitted);
	const pieces = units.flatMap((unit) =>
		width(unit.text) > maxWidth
			? splitWord(unit.text, maxWidth, width).map((text, i) => ({
					text,
					space: i === 0 && unit.space
				}))
			: [unit]
	);
	return { lines: pack(pieces, maxWidth, width), size: fitted };
}

/** Greedy line filling: units, each after its space if it had one, until the next would not fit. */
function pack(
	pieces: readonly BreakUnit[],
	maxWidth: number,
	width: (text: string) => number
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const piece of pieces) {
		const candidate = line ? line + (piece.space ? ' ' : '') + piece.text : piece.text;
		if (line && width(candidate) > maxWidth) {
			lines.push(line);
			line = piece.text;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}

function splitWord(word: string, maxWidth: number, width: (text: string) => number): string[] {
	const segments = (granularity: 'word' | 'grapheme', text: string) =>
		[...new Intl.Segmenter('th', { granularity }).segment(text)].map((s) => ({
			text: s.segment,
			space: false
		}));
	return pack(segments('word', word), maxWidth, width).flatMap((part) =>
		width(part) > maxWidth ? pack(segments('grapheme', part), maxWidth, width) : [part]
	);
}
