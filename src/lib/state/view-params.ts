import { ISO3_CODES, type Iso3 } from '$lib/countries/members';
import type { Era } from '$lib/i18n/locale';
import type { Sex } from '$lib/dataset/types';

export type SexChoice = Sex | 'compare';
export type YearChoice = number | 'latest';

/** What an indicator view shows; everything here round-trips through the URL. */
export interface IndicatorView {
	countries: Iso3[];
	year: YearChoice;
	sex: SexChoice;
}

export interface IndicatorViewDefaults extends IndicatorView {
	years: readonly number[];
	sexes: readonly Sex[];
}

export function parseIndicatorView(
	params: URLSearchParams,
	defaults: IndicatorViewDefaults
): IndicatorView {
	return {
		countries: parseCountries(params.get('countries'), defaults.countries),
		year: parseYear(params.get('year'), defaults),
		sex: parseSex(params.get('sex'), defaults)
	};
}

/** Writes only what differs from the defaults, so a default view has a clean URL. */
export function writeIndicatorView(
	view: IndicatorView,
	defaults: IndicatorView,
	into = new URLSearchParams()
): URLSearchParams {
	const countries = ISO3_CODES.filter((c) => view.countries.includes(c));
	const defaultCountries = ISO3_CODES.filter((c) => defaults.countries.includes(c));
	setOrDelete(
		into,
		'countries',
		countries.join(',') === defaultCountries.join(',') ? null : countries.join(',') || 'none'
	);
	setOrDelete(into, 'year', view.year === defaults.year ? null : String(view.year));
	setOrDelete(into, 'sex', view.sex === defaults.sex ? null : view.sex);
	return into;
}

export function parseEra(value: string | null, fallback: Era): Era {
	return value === 'be' || value === 'ce' ? value : fallback;
}

function parseCountries(value: string | null, fallback: Iso3[]): Iso3[] {
	if (value === null) return [...fallback];
	if (value === 'none') return [];
	const wanted = new Set(value.split(',').map((c) => c.trim().toUpperCase()));
	const picked = ISO3_CODES.filter((c) => wanted.has(c));
	return picked.length ? picked : [...fallback];
}

function parseYear(value: string | null, defaults: IndicatorViewDefaults): YearChoice {
	if (value === 'latest') return 'latest';
	const year = Number(value);
	return value !== null && Number.isInteger(year) && defaults.years.includes(year)
		? year
		: defaults.year;
}

function parseSex(value: string | null, defaults: IndicatorViewDefaults): SexChoice {
	if (value === 'compare') {
		return defaults.sexes.includes('female') && defaults.sexes.includes('male')
			? 'compare'
			: defaults.sex;
	}
	return value !== null && defaults.sexes.includes(value as Sex) ? (value as Sex) : defaults.sex;
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null) {
	if (value === null) params.delete(key);
	else params.set(key, value);
}

/** How the trend chart is drawn; display only, so no query depends on it. */
export interface TrendOptions {
	/** Change since `since`, per series, instead of the published values */
	change: boolean;
	since: number | null;
	log: boolean;
}

export function parseTrendOptions(
	params: URLSearchParams,
	years: readonly number[],
	defaultLog: boolean
): TrendOptions {
	const since = Number(params.get('since'));
	const validSince = params.has('since') && years.includes(since) ? since : null;
	return {
		change: validSince !== null,
		since: validSince,
		log: params.has('log') ? params.get('log') === '1' : defaultLog
	};
}

export function writeTrendOptions(
	options: TrendOptions,
	defaultLog: boolean,
	into: URLSearchParams
): URLSearchParams {
	setOrDelete(
		into,
		'since',
		options.change && options.since !== null ? String(options.since) : null
	);
	setOrDelete(into, 'log', options.log === defaultLog ? null : options.log ? '1' : '0');
	return into;
}
