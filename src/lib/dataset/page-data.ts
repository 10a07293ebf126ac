import { ISO3_CODES, type Iso3 } from '$lib/countries/members';
import { MEDIAN_MIN_COUNTRIES } from '$lib/queries/median-by-year';
import { defaultSexOf, hasSexBreakdown, sexesOf, yearsOf } from './indicator';
import { valueExtents } from '$lib/map/bins';
import type { Indicator, Observation, Point, RankedRow, Sex } from './types';
import { lineSeries, medianByYear, rankedYear, type MedianPoint } from './views';

export interface IndicatorPageData {
	indicator: Indicator;
	sexes: Sex[];
	years: number[];
	defaults: { countries: Iso3[]; year: number; sex: Sex };
	/** The default view, so the first chart is drawn without waiting for DuckDB */
	initial: { line: Point[]; ranked: RankedRow[]; gap: RankedRow[]; median: MedianPoint[] };
	flags: Record<string, { en: string; th: string }>;
	/** Lowest and highest value of each sex over every year and member: the map's fixed classes */
	valueExtents: Partial<Record<Sex, [number, number]>>;
}

/**
 * Everything an indicator page needs, from the indicator's own rows: at build time for the shared
 * indicators, in the browser for an upload. The default view is all members, the default sex and
 * the latest year with data for it.
 */
export function indicatorPageData(
	indicator: Indicator,
	rows: readonly Observation[],
	flags: IndicatorPageData['flags']
): IndicatorPageData {
	const sexes = sexesOf(indicator, rows);
	const sex = defaultSexOf(indicator, sexes);
	const years = yearsOf(rows, sexes);
	const defaultYears = yearsOf(rows, [sex]);
	const year = defaultYears[defaultYears.length - 1] ?? years[years.length - 1];
	const countries = [...ISO3_CODES];
	return {
		indicator,
		flags,
		valueExtents: valueExtents(rows.filter((r) => r.indicator_id === indicator.id)),
		sexes,
		years,
		defaults: { countries, year, sex },
		initial: {
			line: lineSeries(rows, indicator.id, countries, [sex]),
			ranked: rankedYear(rows, indicator.id, [sex], year),
			median: medianByYear(rows, indicator.id, sex, MEDIAN_MIN_COUNTRIES),
			gap: hasSexBreakdown(sexes) ? rankedYear(rows, indicator.id, ['female', 'male'], year) : []
		}
	};
}
