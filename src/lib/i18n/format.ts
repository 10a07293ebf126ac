import type { Era, Lang } from './locale';

export const BE_OFFSET = 543;

const intlLocale: Record<Lang, string> = { en: 'en-GB', th: 'th-TH' };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
	const key = `${lang}:${decimals}`;
	let format = numberFormats.get(key);
	if (!format) {
		// Thai digits are rare in statistics tables; Arabic digits are what NSO publishes.
		format = new Intl.NumberFormat(intlLocale[lang], {
			minimumFractionDigits: 0,
			maximumFractionDigits: decimals
		});
		numberFormats.set(key, format);
	}
	return format;
}

/**
 * Formats a value for display. The stored value is never changed: `decimals` only limits how
 * many digits are shown, and a value with fewer digits is shown as published.
 */
export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 2): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '';
	return numberFormat(lang, Math.max(0, Math.min(20, decimals))).format(value);
}

/** Shows every digit of a published value, for tables and tooltips where exactness matters. */
export function formatExact(value: number | null | undefined, lang: Lang): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '';
	const digits = (String(value).split('.')[1] ?? '').replace(/e.*$/, '').length;
	return numberFormat(lang, Math.min(20, digits)).format(value);
}

/** Converts once, here; never feed the result to a Thai date formatter, which would add 543 again. */
export function displayYear(year: number, era: Era): number {
	return era === 'be' ? year + BE_OFFSET : year;
}

export function formatYear(year: number, era: Era): string {
	return String(displayYear(year, era));
}

/** A year with its era marker, for titles and captions: "2022" / "พ.ศ. 2565" / "B.E. 2565". */
export function formatYearLabel(year: number, era: Era, lang: Lang): string {
	if (era === 'ce') return String(year);
	return `${lang === 'th' ? 'พ.ศ.' : 'B.E.'} ${year + BE_OFFSET}`;
}
