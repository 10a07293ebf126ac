import { ISO3_CODES, type Iso3 } from '$lib/countries/members';
import type { Sex } from '$lib/upload/sex';
import type { TidyRow } from '$lib/upload/report';
import type { StoredIndicator, TidyColumns } from './types';

export const SEXES: readonly Sex[] = ['total', 'female', 'male'];

const iso3Index = new Map(ISO3_CODES.map((code, i) => [code, i]));
const sexIndex = new Map(SEXES.map((sex, i) => [sex, i]));

/** Key of an indicator within one file: its code when it has one, else its name. */
export const indicatorKey = (row: Pick<TidyRow, 'indicator' | 'indicatorCode'>): string =>
	row.indicatorCode ? `code:${row.indicatorCode}` : `name:${row.indicator}`;

export interface IndicatorDraft {
	key: string;
	name: string;
	code?: string;
}

/** Distinct indicators of the rows, in order of first appearance. */
export function indicatorsOf(rows: readonly TidyRow[]): IndicatorDraft[] {
	const seen = new Map<string, IndicatorDraft>();
	for (const row of rows) {
		const key = indicatorKey(row);
		if (!seen.has(key)) {
			seen.set(key, {
				key,
				name: row.indicator,
				...(row.indicatorCode && { code: row.indicatorCode })
			});
		}
	}
	return [...seen.values()];
}

/** `n` rows of zeros, to be filled */
export function emptyColumns(n: number): TidyColumns {
	return {
		indicator: new Uint32Array(n),
		iso3: new Uint8Array(n),
		year: new Int16Array(n),
		sex: new Uint8Array(n),
		value: new Float64Array(n)
	};
}

/** Packs tidy rows; `indicatorIds` maps each `indicatorKey` to its position in the dataset. */
export function packRows(rows: readonly TidyRow[], positions: Map<string, number>): TidyColumns {
	const n = rows.length;
	const columns = emptyColumns(n);
	rows.forEach((row, i) => {
		columns.indicator[i] = positions.get(indicatorKey(row)) ?? 0;
		columns.iso3[i] = iso3Index.get(row.iso3) ?? 0;
		columns.year[i] = row.year;
		columns.sex[i] = sexIndex.get(row.sex) ?? 0;
		columns.value[i] = row.value;
	});
	return columns;
}

export interface UnpackedRow {
	indicatorId: string;
	iso3: Iso3;
	year: number;
	sex: Sex;
	value: number;
}

/** The columns of a stored dataset as plain arrays, ready for an Arrow table. */
export function unpackColumns(columns: TidyColumns, indicators: readonly StoredIndicator[]) {
	const n = columns.value.length;
	const indicatorId: string[] = new Array(n);
	const iso3: string[] = new Array(n);
	const sex: string[] = new Array(n);
	for (let i = 0; i < n; i++) {
		indicatorId[i] = indicators[columns.indicator[i]].id;
		iso3[i] = ISO3_CODES[columns.iso3[i]];
		sex[i] = SEXES[columns.sex[i]];
	}
	return {
		indicator_id: indicatorId,
		iso3,
		year: Int32Array.from(columns.year),
		sex,
		value: columns.value
	};
}

/** Sexes and years with data, per indicator position. */
export function coverage(columns: TidyColumns, indicatorCount: number) {
	const n = columns.value.length;
	let low = 0;
	let high = -1;
	for (let i = 0; i < n; i++) {
		const year = columns.year[i];
		if (i === 0 || year < low) low = year;
		if (i === 0 || year > high) high = year;
	}
	const span = high - low + 1;
	// Checked years span at most two centuries; a table for any span would not fit.
	if (indicatorCount * span > MAX_COVERAGE_CELLS) return coverageBySets(columns, indicatorCount);
	// One byte per indicator and year, a bit per sex: two sets per indicator took a 100 MB wide
	// upload's page 250 ms in one task (issue 9).
	const seen = new Uint8Array(indicatorCount * span);
	const counts = new Uint32Array(indicatorCount);
	for (let i = 0; i < n; i++) {
		const k = columns.indicator[i];
		seen[k * span + columns.year[i] - low] |= 1 << columns.sex[i];
		counts[k]++;
	}
	return Array.from({ length: indicatorCount }, (_, k) => {
		let sexes = 0;
		const years: number[] = [];
		for (let y = 0; y < span; y++) {
			const bits = seen[k * span + y];
			if (!bits) continue;
			sexes |= bits;
			years.push(low + y);
		}
		return { sexes: SEXES.filter((_, i) => sexes & (1 << i)), years, observations: counts[k] };
	});
}

const MAX_COVERAGE_CELLS = 1 << 26;

/** `coverage` for any span of years, a set per indicator: slower, for spans too wide for a table */
export function coverageBySets(columns: TidyColumns, indicatorCount: number) {
	const sexes = Array.from({ length: indicatorCount }, () => new Set<number>());
	const years = Array.from({ length: indicatorCount }, () => new Set<number>());
	const counts = new Array<number>(indicatorCount).fill(0);
	for (let i = 0; i < columns.value.length; i++) {
		const k = columns.indicator[i];
		sexes[k].add(columns.sex[i]);
		years[k].add(columns.year[i]);
		counts[k]++;
	}
	return sexes.map((s, k) => ({
		sexes: SEXES.filter((_, i) => s.has(i)),
		years: [...years[k]].sort((a, b) => a - b),
		observations: counts[k]
	}));
}

/** A short random id for a dataset (base 36, 8 characters). */
export function shortId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/**
 * Without a precision from the user, each indicator is shown with as many decimals as its values
 * carry (at most 6), so a file's own figures are neither padded nor cut. Counted in the worker:
 * a string per value of a large file took the page a second.
 */
export function publishedDecimals(rows: TidyColumns, indicators: number): number[] {
	const digits = new Array<number>(indicators).fill(0);
	for (let i = 0; i < rows.value.length; i++) {
		const k = rows.indicator[i];
		// Most values carry no more decimals than their indicator's already seen: one test.
		if (digits[k] < 6 && !hasAtMostDecimals(rows.value[i], digits[k])) {
			digits[k] = fractionDigits(rows.value[i]);
		}
	}
	return digits;
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
/** Below this, a value times 10⁶ is still an exact integer where it should be one. */
const EXACT = 2 ** 53 / 1e6;

/**
 * The value is the double nearest to a number with `d` decimals, so its shortest form (what
 * `String` writes) has at most `d`: division by a power of ten is correctly rounded, and below
 * EXACT the product is the integer it should be. A string per value took seconds on a file with
 * millions; larger values take the string.
 */
function hasAtMostDecimals(value: number, d: number): boolean {
	if (!(Math.abs(value) < EXACT)) return writtenDecimals(value) <= d;
	return Math.round(value * POWERS[d]) / POWERS[d] === value;
}

function writtenDecimals(value: number): number {
	const text = String(value);
	return /e/i.test(text) ? 6 : Math.min(6, text.split('.')[1]?.length ?? 0);
}

/** Decimals `String(value)` writes, at most 6 (and 6 for exponent notation). */
export function fractionDigits(value: number): number {
	if (!(Math.abs(value) < EXACT)) return writtenDecimals(value);
	for (let d = 0; d < 6; d++) if (hasAtMostDecimals(value, d)) return d;
	return 6;
}
