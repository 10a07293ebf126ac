/**
 * Which delimiter a CSV text uses, when neither the user nor an Excel `sep=` line says: each
 * candidate is scored by how consistently it splits the sample records into columns. The
 * candidates live here too, since scoring tries every one of them.
 */
import { isBlankRecord, readRecords } from './read-records';

export type Delimiter = ',' | ';' | '\t' | '|';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

export function mode(values: readonly number[]): { value: number; share: number } {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let best = 0;
	let bestCount = 0;
	for (const [v, c] of counts) {
		if (c > bestCount || (c === bestCount && v > best)) {
			best = v;
			bestCount = c;
		}
	}
	return { value: best, share: values.length ? bestCount / values.length : 0 };
}

export interface DelimiterScore {
	delimiter: Delimiter;
	width: number;
	share: number;
}

/** The delimiter that splits the most sample records into the same number (> 1) of cells. */
export function scoreDelimiters(text: string, start: number, startLine: number): DelimiterScore[] {
	return DELIMITERS.map((delimiter) => {
		const records = readRecords(text, delimiter, start, startLine).filter(
			(r) => !isBlankRecord(r.fields)
		);
		const { value, share } = mode(records.map((r) => r.fields.length));
		return { delimiter, width: value, share: value > 1 ? share : 0 };
	});
}

export function chooseDelimiter(scores: readonly DelimiterScore[]): DelimiterScore | null {
	const usable = scores.filter((s) => s.share > 0);
	if (usable.length === 0) return null;
	const bestShare = Math.max(...usable.map((s) => s.share));
	const close = usable.filter((s) => s.share >= bestShare - 0.1);
	// Among near-equals the delimiter that gives more columns wins: in `a;b;77,7` the comma is
	// also "consistent", but only as a decimal mark.
	return close.reduce((best, s) => (s.width > best.width ? s : best));
}
