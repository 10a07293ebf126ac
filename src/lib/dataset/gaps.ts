import { ISO3_CODES } from '$lib/countries/members';
import type { Observation } from './types';

export interface GapCell {
	iso3: string;
	/** Most recent year with a value for any sex; null where the member has none at all */
	latestYear: number | null;
	/** How many distinct years have a value */
	years: number;
}

/** Coverage of one indicator across the 11 members, so missing data is visible at a glance. */
export function coverageRow(rows: readonly Observation[]): GapCell[] {
	const years = new Map<string, Set<number>>();
	for (const r of rows) {
		const set = years.get(r.iso3) ?? new Set<number>();
		set.add(r.year);
		years.set(r.iso3, set);
	}
	return ISO3_CODES.map((iso3) => {
		const set = years.get(iso3);
		return {
			iso3,
			latestYear: set ? Math.max(...set) : null,
			years: set ? set.size : 0
		};
	});
}
