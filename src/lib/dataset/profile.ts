import { ISO3_CODES } from '$lib/countries/members';
import type { Direction, Indicator, Observation, Sex } from './types';

export type Trend = 'better' | 'worse' | 'up' | 'down' | 'same';

export interface ProfileEntry {
	id: string;
	sex: Sex;
	latest: { year: number; value: number; flag: string } | null;
	previous: { year: number; value: number } | null;
	/** 1 = best among the members with data (highest where direction is neutral) */
	rank: number | null;
	ranked: number;
	/** Median of every member's most recent value; null where the figures are not comparable */
	median: number | null;
	trend: Trend | null;
	series: { year: number; value: number }[];
}

/** Each member's most recent observation of one indicator and sex. */
export function latestByCountry(rows: readonly Observation[], sex: Sex): Map<string, Observation> {
	const latest = new Map<string, Observation>();
	for (const r of rows) {
		if (r.sex !== sex) continue;
		const seen = latest.get(r.iso3);
		if (!seen || r.year > seen.year) latest.set(r.iso3, r);
	}
	return latest;
}

export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Whether the move from one value to the next is an improvement, given the indicator's direction. */
export function trendOf(from: number, to: number, direction: Direction): Trend {
	if (to === from) return 'same';
	const up = to > from;
	if (direction === 'neutral') return up ? 'up' : 'down';
	return up === (direction === 'higher-is-better') ? 'better' : 'worse';
}

/** One line of a country profile: where the member stands on one indicator. */
export function profileEntry(
	indicator: Indicator,
	rows: readonly Observation[],
	sex: Sex,
	iso3: string
): ProfileEntry {
	const series = rows
		.filter((r) => r.iso3 === iso3 && r.sex === sex)
		.sort((a, b) => a.year - b.year)
		.map((r) => ({ year: r.year, value: r.value, flag: r.flag }));
	const last = series[series.length - 1];
	const before = series[series.length - 2];
	const comparable = indicator.comparable !== false;
	const latest = latestByCountry(rows, sex);
	const values = ISO3_CODES.flatMap((c) => (latest.has(c) ? [latest.get(c)!.value] : []));
	const better = (v: number) =>
		indicator.direction === 'lower-is-better' ? v < last!.value : v > last!.value;
	return {
		id: indicator.id,
		sex,
		latest: last ? { year: last.year, value: last.value, flag: last.flag } : null,
		previous: before ? { year: before.year, value: before.value } : null,
		rank: last && comparable ? values.filter(better).length + 1 : null,
		ranked: comparable ? values.length : 0,
		median: comparable ? median(values) : null,
		trend: last && before ? trendOf(before.value, last.value, indicator.direction) : null,
		series: series.map(({ year, value }) => ({ year, value }))
	};
}
