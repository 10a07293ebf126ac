import { ISO3_CODES } from '$lib/countries/members';
import { SEXES, type Sex } from '$lib/dataset/types';
import { readCountryList } from './validate';
import { CHART_KINDS, type ChartKind, type SpecProblem, type ViewSpec } from './types';

/**
 * Where a page keeps the indicator: in its path (`/indicator/<id>/`), or in a parameter (`y` on
 * the scatter page, `id` for an upload's chart page).
 */
export type IndicatorParam = 'path' | 'y' | 'id';

const INTEGER = /^-?\d+$/;

/**
 * Reads a spec from a URL's query, starting from the page's default view: every parameter that
 * is present replaces the default's field. Values that cannot be read are reported and the
 * default kept; values that read but do not fit the indicator are left to `resolveSpec`.
 */
export function specFromParams(
	params: URLSearchParams,
	defaults: ViewSpec,
	indicatorParam: IndicatorParam = 'path'
): { spec: ViewSpec; problems: SpecProblem[] } {
	const problems: SpecProblem[] = [];
	const spec: ViewSpec = { ...defaults };
	const text = (key: string) => params.get(key);
	const integer = (key: string): number | null => {
		const value = text(key);
		if (value === null) return null;
		if (INTEGER.test(value.trim())) return Number(value);
		problems.push({ field: key, value });
		return null;
	};
	const flag = (key: string): boolean | null => {
		const value = text(key);
		if (value === null) return null;
		if (value === '1' || value === '0') return value === '1';
		problems.push({ field: key, value });
		return null;
	};

	const chart = text('chart');
	if (chart !== null) {
		if ((CHART_KINDS as readonly string[]).includes(chart)) spec.chart = chart as ChartKind;
		else problems.push({ field: 'chart', value: chart });
	}
	if (indicatorParam !== 'path') {
		const indicator = text(indicatorParam);
		if (indicator) spec.indicator = indicator;
	}
	const countries = text('countries');
	if (countries !== null)
		spec.countries = readCountryList(countries, 'countries', problems) ?? spec.countries;
	const highlight = text('highlight');
	if (highlight !== null) spec.highlight = readCountryList(highlight, 'highlight', problems) ?? [];
	const year = text('year');
	if (year === 'latest') spec.year = 'latest';
	else if (year !== null) spec.year = integer('year') ?? spec.year;
	const from = integer('from');
	const to = integer('to');
	if (from !== null || to !== null) spec.range = [from ?? -Infinity, to ?? Infinity];
	const sex = text('sex');
	if (sex !== null) {
		if (sex === 'compare' || (SEXES as readonly string[]).includes(sex)) {
			spec.sex = sex as Sex | 'compare';
		} else problems.push({ field: 'sex', value: sex });
	}
	spec.log = flag('log') ?? spec.log;
	const since = integer('since');
	if (since !== null) spec.since = since;
	const x = text('x');
	if (x) spec.x = { indicator: x, sex: spec.x?.sex ?? 'total', log: spec.x?.log ?? false };
	const xSex = text('xsex');
	if (xSex !== null && spec.x) {
		if ((SEXES as readonly string[]).includes(xSex)) spec.x = { ...spec.x, sex: xSex as Sex };
		else problems.push({ field: 'xsex', value: xSex });
	}
	const logX = flag('logx');
	if (logX !== null && spec.x) spec.x = { ...spec.x, log: logX };
	spec.tolerance = integer('tol') ?? spec.tolerance;
	const era = text('era');
	if (era === 'be' || era === 'ce') spec.era = era;
	else if (era !== null) problems.push({ field: 'era', value: era });
	if (spec.range) spec.range = finiteRange(spec.range, defaults.range);
	return { spec, problems };
}

function finiteRange([from, to]: [number, number], fallback: ViewSpec['range']): ViewSpec['range'] {
	const lo = Number.isFinite(from) ? from : (fallback?.[0] ?? 1900);
	const hi = Number.isFinite(to) ? to : (fallback?.[1] ?? 2100);
	return [lo, hi];
}

/**
 * Writes only what differs from the page's default view, so a default view has a clean URL and a
 * link keeps meaning the same when a default changes for fields it never set.
 */
export function specToParams(
	spec: ViewSpec,
	defaults: ViewSpec,
	indicatorParam: IndicatorParam = 'path',
	into = new URLSearchParams()
): URLSearchParams {
	const set = (key: string, value: string | null) => {
		if (value === null) into.delete(key);
		else into.set(key, value);
	};
	const list = (codes: readonly string[]) => ISO3_CODES.filter((c) => codes.includes(c)).join(',');
	set('chart', spec.chart === defaults.chart ? null : spec.chart);
	if (indicatorParam !== 'path') set(indicatorParam, spec.indicator);
	set(
		'countries',
		list(spec.countries) === list(defaults.countries) ? null : list(spec.countries) || 'none'
	);
	set('highlight', spec.highlight.length ? list(spec.highlight) : null);
	set('year', spec.year === defaults.year ? null : String(spec.year));
	const sameRange = JSON.stringify(spec.range) === JSON.stringify(defaults.range);
	set('from', !sameRange && spec.range ? String(spec.range[0]) : null);
	set('to', !sameRange && spec.range ? String(spec.range[1]) : null);
	set('sex', spec.sex === defaults.sex ? null : spec.sex);
	set('log', spec.log === defaults.log ? null : spec.log ? '1' : '0');
	set('since', spec.since === defaults.since ? null : String(spec.since));
	const xChanged = spec.x?.indicator !== defaults.x?.indicator;
	set('x', spec.x && (xChanged || indicatorParam === 'y') ? spec.x.indicator : null);
	set('xsex', spec.x && spec.x.sex !== (defaults.x?.sex ?? 'total') ? spec.x.sex : null);
	set(
		'logx',
		spec.x && spec.x.log !== (defaults.x?.log ?? false) ? (spec.x.log ? '1' : '0') : null
	);
	set('tol', spec.tolerance === defaults.tolerance ? null : String(spec.tolerance));
	// The era parameter belongs to the site header as well: a spec only adds it, never removes it.
	if (spec.era !== null && spec.era !== defaults.era) into.set('era', spec.era);
	return into;
}
