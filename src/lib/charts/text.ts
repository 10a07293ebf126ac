import type { Sex } from '$lib/dataset/types';
import type { Lang } from '$lib/i18n/locale';
import { formatValue, tickFormat } from '$lib/i18n/format';

/**
 * Every word and number format a chart draws, in one object, so marks do not each declare a
 * dozen label props. Built by `Prefs.chartText(decimals)` on the site; by `chartText` in tests.
 */
export interface ChartText {
	/** The indicator's display precision: digits after the decimal point */
	decimals: number;
	/** A published value at the indicator's display precision */
	value: (value: number) => string;
	/** Axis ticks: drops ticks finer than the precision, formats the rest with the digits they need */
	ticks: (ticks: readonly number[]) => { ticks: number[]; format: (value: number) => string };
	year: (year: number) => string;
	country: (iso3: string) => string;
	sex: (sex: Sex) => string;
	/** Drawn where a member has no value */
	noData: string;
	/**
	 * Where one member's figure of a year comes from (its survey and year, for DDI series), added
	 * to tooltips and aria-labels; absent or null where the source line says it all.
	 */
	note?: (iso3: string, year: number) => string | null;
}

export interface ChartTextOptions {
	lang: Lang;
	decimals: number;
	year?: (year: number) => string;
	country?: (iso3: string) => string;
	sex?: (sex: Sex) => string;
	noData?: string;
}

export function chartText(options: ChartTextOptions): ChartText {
	const { lang, decimals } = options;
	return {
		decimals,
		value: (value) => formatValue(value, lang, decimals),
		ticks: (ticks) => tickFormat(ticks, lang, decimals),
		year: options.year ?? String,
		country: options.country ?? String,
		sex: options.sex ?? String,
		noData: options.noData ?? 'no data'
	};
}
