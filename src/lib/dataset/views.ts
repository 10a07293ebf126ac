import { ISO3_CODES } from '$lib/countries/members';
import { median } from './profile';
import type { Observation, Point, RankedRow, Sex } from './types';

/**
 * The same answers as the SQL builders in $lib/queries, computed in plain JS at build time so that
 * each page's default view is prerendered without waiting for DuckDB. Tests hold the two equal.
 */
export function lineSeries(
	rows: readonly Observation[],
	indicatorId: string,
	countries: readonly string[],
	sexes: readonly Sex[]
): Point[] {
	const wantCountry = new Set(countries);
	const wantSex = new Set(sexes);
	return rows
		.filter((r) => r.indicator_id === indicatorId && wantCountry.has(r.iso3) && wantSex.has(r.sex))
		.map(({ iso3, year, sex, value, flag }) => ({ iso3, year, sex, value, flag }))
		.sort((a, b) => compare(a.iso3, b.iso3) || compare(a.sex, b.sex) || a.year - b.year);
}

export function rankedYear(
	rows: readonly Observation[],
	indicatorId: string,
	sexes: readonly Sex[],
	year: number | 'latest'
): RankedRow[] {
	const picked = new Map<string, Observation>();
	for (const r of rows) {
		if (r.indicator_id !== indicatorId) continue;
		if (year !== 'latest' && r.year !== year) continue;
		const key = `${r.iso3}|${r.sex}`;
		const seen = picked.get(key);
		if (!seen || r.year > seen.year) picked.set(key, r);
	}
	const out: RankedRow[] = [];
	for (const sex of sexes) {
		for (const iso3 of ISO3_CODES) {
			const hit = picked.get(`${iso3}|${sex}`);
			out.push({
				iso3,
				sex,
				year: hit ? hit.year : null,
				value: hit ? hit.value : null,
				flag: hit ? hit.flag : ''
			});
		}
	}
	return out.sort(
		(a, b) =>
			compare(a.sex, b.sex) ||
			(a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : b.value - a.value) ||
			compare(a.iso3, b.iso3)
	);
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export interface MedianPoint {
	year: number;
	value: number;
	countries: number;
}

/** JS twin of buildMedianByYearQuery. */
export function medianByYear(
	rows: readonly Observation[],
	indicatorId: string,
	sex: Sex,
	minCountries: number
): MedianPoint[] {
	const byYear = new Map<number, number[]>();
	for (const r of rows) {
		if (r.indicator_id !== indicatorId || r.sex !== sex) continue;
		byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.value]);
	}
	return [...byYear.entries()]
		.filter(([, values]) => values.length >= minCountries)
		.sort((a, b) => a[0] - b[0])
		.map(([year, values]) => ({ year, value: median(values)!, countries: values.length }));
}

/**
 * "Change since year X": each series relative to its own value in the base year. A series without
 * a value in that year is left out rather than compared with a different year.
 */
export function changeSince<T extends { iso3: string; sex: string; year: number; value: number }>(
	points: readonly T[],
	baseYear: number
): T[] {
	const base = new Map<string, number>();
	for (const p of points) if (p.year === baseYear) base.set(`${p.iso3}|${p.sex}`, p.value);
	return points
		.filter((p) => p.year >= baseYear && base.has(`${p.iso3}|${p.sex}`))
		.map((p) => ({ ...p, value: p.value - base.get(`${p.iso3}|${p.sex}`)! }));
}

export interface ScatterPoint {
	iso3: string;
	x: number | null;
	x_year: number | null;
	y: number | null;
	y_year: number | null;
}

/** JS twin of buildScatterQuery. */
export function scatterPoints(
	rows: readonly Observation[],
	x: { indicatorId: string; sex: Sex },
	y: { indicatorId: string; sex: Sex },
	year: number,
	tolerance: number
): ScatterPoint[] {
	const latest = (axis: { indicatorId: string; sex: Sex }) => {
		const found = new Map<string, Observation>();
		for (const r of rows) {
			if (r.indicator_id !== axis.indicatorId || r.sex !== axis.sex) continue;
			if (r.year > year || r.year < year - tolerance) continue;
			const seen = found.get(r.iso3);
			if (!seen || r.year > seen.year) found.set(r.iso3, r);
		}
		return found;
	};
	const xs = latest(x);
	const ys = latest(y);
	return [...ISO3_CODES].sort().map((iso3) => ({
		iso3,
		x: xs.get(iso3)?.value ?? null,
		x_year: xs.get(iso3)?.year ?? null,
		y: ys.get(iso3)?.value ?? null,
		y_year: ys.get(iso3)?.year ?? null
	}));
}
