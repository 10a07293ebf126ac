import { SPEC_VERSION } from './types';

/** A stored spec as found, before its version is known: any fields, `v` (or `version`) a number. */
export type StoredSpec = Record<string, unknown> & { v?: unknown; version?: unknown };

/**
 * One step per version, each rewriting a spec of version N into version N + 1. Reads migrate,
 * writes always produce the current version (the way OWID's grapher configs are kept readable).
 */
const STEPS: Record<number, (old: StoredSpec) => StoredSpec> = {
	/**
	 * Version 1 was an indicator page's link reduced to its parts, as the first share links
	 * carried them: `{ v: 1, indicator, chart, query: 'countries=THA,VNM&year=2019&sex=female' }`
	 * plus `lang`, with the trend options `since` and `log` in the same query.
	 */
	1: (old) => {
		const query = new URLSearchParams(typeof old.query === 'string' ? old.query : '');
		const next: StoredSpec = { v: 2, indicator: old.indicator, lang: old.lang ?? 'en' };
		if (old.chart !== undefined) next.chart = old.chart;
		const countries = query.get('countries');
		if (countries !== null) {
			next.countries = countries === 'none' ? [] : countries.split(',').map((c) => c.toUpperCase());
		}
		const year = query.get('year');
		if (year !== null) next.year = year === 'latest' ? 'latest' : Number(year);
		const sex = query.get('sex');
		if (sex !== null) next.sex = sex;
		const since = query.get('since');
		if (since !== null) next.since = Number(since);
		const log = query.get('log');
		if (log !== null) next.log = log === '1';
		const era = query.get('era');
		if (era !== null) next.era = era;
		return next;
	}
};

export function migrate(stored: StoredSpec): StoredSpec {
	let spec = stored;
	let version = Number(spec.v);
	while (version < SPEC_VERSION) {
		const step = STEPS[version];
		if (!step) throw new Error(`No migration from view spec version ${version}`);
		spec = step(spec);
		version = Number(spec.v);
	}
	return spec;
}
