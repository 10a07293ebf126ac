export type Era = 'ce' | 'be';

/** Years the dashboard accepts, in C.E. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
/** Buddhist Era year = C.E. year + 543 (Thai official usage) */
export const BE_OFFSET = 543;

export type YearParse =
	| {
			ok: true;
			/** Year in C.E. */
			year: number;
			/** Era the cell was written in */
			era: Era;
			/** The number as written */
			written: number;
			/** The era was spelled out (พ.ศ., B.E., ค.ศ., C.E.) rather than inferred from the number */
			explicit: boolean;
			/** Text after the year, e.g. "ประมาณการ" (estimate) in `2564 (ประมาณการ)` */
			annotation?: string;
	  }
	| { ok: false; reason: 'not-a-year' | 'out-of-range' | 'span' };

export const beToCe = (year: number): number => year - BE_OFFSET;
export const ceToBe = (year: number): number => year + BE_OFFSET;

const inRange = (ce: number) => Number.isInteger(ce) && ce >= YEAR_MIN && ce <= YEAR_MAX;

const THAI_DIGITS = /[๐-๙]/g;
const toAsciiDigits = (text: string) =>
	text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));

const BE_MARK = String.raw`(?:พ\.?\s*ศ\.?|b\.\s*e\.?|be)`;
const CE_MARK = String.raw`(?:ค\.?\s*ศ\.?|c\.\s*e\.?|ce|a\.\s*d\.?|ad)`;
const BE_PREFIX = new RegExp(String.raw`^(?:ปี\s*)?${BE_MARK}\s*(?=\d)`, 'i');
const CE_PREFIX = new RegExp(String.raw`^(?:ปี\s*)?${CE_MARK}\s*(?=\d)`, 'i');
const BE_SUFFIX = new RegExp(String.raw`(?<=\d)\s*${BE_MARK}$`, 'i');
const CE_SUFFIX = new RegExp(String.raw`(?<=\d)\s*${CE_MARK}$`, 'i');

/**
 * Reads a year cell: `2019`, `1990.0`, `YR2015`, `2015 [YR2015]`, `พ.ศ. 2562`, `ปี 2563`,
 * `B.E. 2562`, `2564 (ประมาณการ)`, Thai digits. Buddhist Era years become C.E. (−543): written
 * without a marker, 2443–2643 can only be B.E., since C.E. years run 1900–2100 — so 2561 is never
 * a future C.E. year and a lone 2022 among B.E. years stays 2022.
 *
 * Spans such as `2019-20` or `2019/2020` (fiscal or school years) are refused with reason
 * 'span' rather than guessed: which calendar year they belong to differs by publisher.
 */
export function parseYear(raw: string): YearParse {
	let text = toAsciiDigits(raw.normalize('NFC')).replace(/\s+/g, ' ').trim();
	let annotation: string | undefined;

	const dataBank = /^(\d{4}) \[YR(\d{4})\]$/i.exec(text);
	if (dataBank) {
		if (dataBank[1] !== dataBank[2]) return { ok: false, reason: 'not-a-year' };
		text = dataBank[1];
	}
	const note = /^(.*?\d)\s*(?:\(([^()]*)\)|\[([^[\]]*)\]|(\*+))$/.exec(text);
	if (note) {
		text = note[1];
		annotation = (note[2] ?? note[3] ?? note[4]).trim();
	}

	let era: Era | null = null;
	if (BE_PREFIX.test(text) || BE_SUFFIX.test(text)) {
		era = 'be';
		text = text.replace(BE_PREFIX, '').replace(BE_SUFFIX, '');
	} else if (CE_PREFIX.test(text) || CE_SUFFIX.test(text)) {
		era = 'ce';
		text = text.replace(CE_PREFIX, '').replace(CE_SUFFIX, '');
	} else {
		text = text.replace(/^ปี\s*(?=\d)/, '').replace(/^YR(?=\d{4}$)/i, '');
	}

	if (/^\d{4}\s*[-–/]\s*(\d{2}|\d{4})$/.test(text)) return { ok: false, reason: 'span' };
	const plain = /^(\d{4})(?:\.0+)?$/.exec(text);
	if (!plain) return { ok: false, reason: 'not-a-year' };
	const written = Number(plain[1]);

	const explicit = era !== null;
	const resolved: Era = era ?? (inRange(written) ? 'ce' : 'be');
	const year = resolved === 'be' ? beToCe(written) : written;
	if (!inRange(year)) return { ok: false, reason: 'out-of-range' };
	return annotation
		? { ok: true, year, era: resolved, written, explicit, annotation }
		: { ok: true, year, era: resolved, written, explicit };
}

/**
 * Reads a year from a column header of a wide table: everything `parseYear` accepts, plus the
 * identifier forms of R and Stata exports (`hdi_2019`, `X2019`, `y_2019`).
 */
export function yearFromHeader(header: string): YearParse {
	const direct = parseYear(header);
	if (direct.ok) return direct;
	const identifier = /^(?:[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)*[_.]|[XxYy])(\d{4})$/.exec(
		header.trim()
	);
	return identifier ? parseYear(identifier[1]) : direct;
}

/** The era a header names (`ปี พ.ศ.`, `Year (B.E.)`, `ค.ศ.`), or null. */
export function headerEra(header: string): Era | null {
	const text = header.normalize('NFC');
	if (/พ\.\s*ศ|(^|[\s([])b\.?\s?e\.?($|[\s)\]])|buddhist/i.test(text)) return 'be';
	if (/ค\.\s*ศ|(^|[\s([])(c\.?\s?e|a\.?\s?d)\.?($|[\s)\]])|gregorian/i.test(text)) return 'ce';
	return null;
}

export interface YearColumnEra {
	/** 'mixed' when B.E. and C.E. years sit in the same column */
	era: Era | 'mixed';
	beCount: number;
	ceCount: number;
	/** Era the header names, if any */
	headerEra: Era | null;
	/** The era most years are written in: the column's own convention */
	majority: Era;
}

/**
 * Summarises the eras of one year column. Each value keeps its own reading (see `parseYear`);
 * the summary is for the report: which convention the column follows and whether it mixes them.
 */
export function analyseYearColumn(years: readonly YearParse[], header = ''): YearColumnEra {
	let beCount = 0;
	let ceCount = 0;
	for (const y of years) {
		if (!y.ok) continue;
		if (y.era === 'be') beCount++;
		else ceCount++;
	}
	const named = headerEra(header);
	const majority: Era = beCount > ceCount || (beCount === ceCount && named === 'be') ? 'be' : 'ce';
	const mixed =
		(beCount > 0 && ceCount > 0) || (named !== null && named !== majority && beCount + ceCount > 0);
	return { era: mixed ? 'mixed' : majority, beCount, ceCount, headerEra: named, majority };
}
