import type { Observation, Sex } from './types';

export interface Headline {
	year: number;
	min: number;
	max: number;
	minIso3: string;
	maxIso3: string;
	countries: number;
}

/**
 * The figure a home-page card shows: the spread across members in the most recent year that at
 * least half of the reporting members cover, so a single early reporter does not stand for ASEAN.
 */
export function headlineOf(rows: readonly Observation[], sex: Sex): Headline | null {
	const bySex = rows.filter((r) => r.sex === sex);
	const reporters = new Set(bySex.map((r) => r.iso3)).size;
	if (reporters === 0) return null;
	const byYear = new Map<number, Observation[]>();
	for (const r of bySex) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);
	const years = [...byYear.keys()].sort((a, b) => b - a);
	const year = years.find((y) => byYear.get(y)!.length * 2 >= reporters) ?? years[0];
	const rowsOfYear = byYear.get(year)!;
	let low = rowsOfYear[0];
	let high = rowsOfYear[0];
	for (const r of rowsOfYear) {
		if (r.value < low.value) low = r;
		if (r.value > high.value) high = r;
	}
	return {
		year,
		min: low.value,
		max: high.value,
		minIso3: low.iso3,
		maxIso3: high.iso3,
		countries: rowsOfYear.length
	};
}
