import type { Era, Lang } from './locale';

export const BE_OFFSET = 543;

const intlLocale: Record<Lang, string> = { en: 'en-GB', th: 'th-TH' };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number, fixed = false): Intl.NumberFormat {
	const key = `${lang}:${decimals}:${fixed}`;
	let format = numberFormats.get(key);
	if (!format) {
		// Thai digits are rare in statistics tables; Arabic digits are what NSO publishes.
		format = new Intl.NumberFormat(intlLocale[lang], {
			minimumFractionDigits: fixed ? decimals : 0,
			maximumFractionDigits: decimals
		});
		numberFormats.set(key, format);
	}
	return format;
}

const clampDigits = (decimals: number) =>
	Number.isFinite(decimals) ? Math.max(0, Math.min(20, Math.round(decimals))) : 0;

/**
 * The one display rule for a published value (issue 12): the indicator's display precision
 * (`decimals` in the catalogue), every value with the same number of digits so a column reads
 * evenly, in the page's locale. Labels, tooltips, cards, the profile and image exports use it;
 * the data table and the CSV show the exact value instead (`formatExact`, `String`).
 */
export function formatValue(
	value: number | null | undefined,
	lang: Lang,
	decimals: number
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '';
	// -0.04 at one decimal would read "-0.0"
	const shown = numberFormat(lang, clampDigits(decimals), true).format(value);
	return /^-0([.,]0+)?$/.test(shown) ? shown.slice(1) : shown;
}

/**
 * Axis ticks: only as many digits as the tick step needs, never more than the display precision;
 * ticks finer than that precision are dropped, so no two ticks read the same.
 */
export function tickFormat(
	ticks: readonly number[],
	lang: Lang,
	decimals: number
): { ticks: number[]; format: (value: number) => string } {
	const digits = clampDigits(decimals);
	const shown = ticks.filter(
		(t) => Math.abs(Number(t.toFixed(digits)) - t) < 1e-9 * Math.max(1, Math.abs(t))
	);
	const own = shown.reduce((n, t) => Math.max(n, fractionDigits(t, digits)), 0);
	const format = numberFormat(lang, own, true);
	return { ticks: shown, format: (value) => format.format(value) };
}

function fractionDigits(value: number, max: number): number {
	const text = value.toFixed(max).replace(/0+$/, '');
	const dot = text.indexOf('.');
	return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * Formats a value for display. The stored value is never changed: `decimals` only limits how
 * many digits are shown, and a value with fewer digits is shown as published.
 */
export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 2): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '';
	return numberFormat(lang, clampDigits(decimals)).format(value);
}

/** Shows every digit of a published value, for tables and tooltips where exactness matters. */
export function formatExact(value: number | null | undefined, lang: Lang): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '';
	const digits = (String(value).split('.')[1] ?? '').replace(/e.*$/, '').length;
	return numberFormat(lang, Math.min(20, digits)).format(value);
}

/**
 * The day a figure was looked up, for the credit line of an exported image: "1 December 2026",
 * "1 ธันวาคม พ.ศ. 2569" (the Thai calendar adds 543 itself: never pass it a converted year).
 */
export function formatAccessDate(date: Date, lang: Lang, era: Era): string {
	const locale = lang === 'th' ? (era === 'be' ? 'th-TH' : 'th-TH-u-ca-gregory') : 'en-GB';
	const text = new Intl.DateTimeFormat(locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(date);
	return lang === 'en' && era === 'be'
		? text.replace(/\d{4}/, (y) => `B.E. ${Number(y) + BE_OFFSET}`)
		: text;
}

/** Converts once, here; never feed the result to a Thai date formatter, which would add 543 again. */
export function displayYear(year: number, era: Era): number {
	return era === 'be' ? year + BE_OFFSET : year;
}

export function formatYear(year: number, era: Era): string {
	return String(displayYear(year, era));
}

/**
 * A year with its era marker, for titles and captions: "2022" / "ค.ศ. 2022" / "พ.ศ. 2565" /
 * "B.E. 2565". Thai readers take a bare year for B.E., so in Thai C.E. is named too.
 */
export function formatYearLabel(year: number, era: Era, lang: Lang): string {
	if (era === 'ce') return lang === 'th' ? `ค.ศ. ${year}` : String(year);
	return `${lang === 'th' ? 'พ.ศ.' : 'B.E.'} ${year + BE_OFFSET}`;
}
