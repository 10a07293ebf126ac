import { trendOf, withLazySeries, type ProfileEntry } from '$lib/dataset/profile';
import type { Indicator, Sex } from '$lib/dataset/types';
import {
	buildCountrySeriesQuery,
	buildProfileQuery,
	type ProfileRequestEntry,
	type ProfileRow,
	type SeriesRow
} from '$lib/queries/profile';
import type { QueryRunner } from '$lib/queries/types';

type ProfileIndicator = Pick<Indicator, 'id' | 'direction' | 'comparable'> & { sex: Sex };

/**
 * One member's line for each indicator, asked of an engine in two queries (standing and
 * sparklines): native DuckDB when prerendering, DuckDB-WASM for the analyst's uploads.
 */
export async function countryProfile(
	iso3: string,
	indicators: readonly ProfileIndicator[],
	runner: QueryRunner
): Promise<ProfileEntry[]> {
	return (await membersProfile([iso3], indicators, runner)).get(iso3) ?? [];
}

/**
 * Several members' lines in the same two queries, every indicator for each member, as
 * `countryProfile` gives them one by one: an upload's lines are stored this way at import.
 */
export async function membersProfile(
	iso3s: readonly string[],
	indicators: readonly ProfileIndicator[],
	runner: QueryRunner
): Promise<Map<string, ProfileEntry[]>> {
	const profiles = new Map<string, ProfileEntry[]>();
	if (!indicators.length || !iso3s.length) return profiles;
	const entries: ProfileRequestEntry[] = indicators.map((i) => ({
		indicatorId: i.id,
		sex: i.sex,
		direction: i.direction,
		comparable: i.comparable !== false
	}));
	const [standing, points] = await Promise.all([
		runner.run<ProfileRow>(buildProfileQuery(iso3s, entries)),
		runner.run<SeriesRow>(buildCountrySeriesQuery(iso3s, entries))
	]);
	const key = (iso3: string, id: string) => `${iso3}\u0000${id}`;
	const rows = new Map(standing.map((r) => [key(r.iso3, r.indicator_id), r]));
	const series = new Map(points.map((p) => [key(p.iso3, p.indicator_id), p]));
	for (const iso3 of iso3s) {
		profiles.set(
			iso3,
			indicators.map((indicator) =>
				entryOf(indicator, rows.get(key(iso3, indicator.id)), series.get(key(iso3, indicator.id)))
			)
		);
	}
	return profiles;
}

/** A member's points of one indicator in year order */
function sortedPoints(points: SeriesRow): ProfileEntry['series'] {
	return Array.from(points.years, (year, k) => ({ year, value: points.values[k] })).sort(
		(a, b) => a.year - b.year
	);
}

function entryOf(
	indicator: ProfileIndicator,
	row: ProfileRow | undefined,
	points: SeriesRow | undefined
): ProfileEntry {
	const previous =
		row && row.previous_year !== null && row.previous_value !== null
			? { year: row.previous_year, value: row.previous_value }
			: null;
	const entry = {
		id: indicator.id,
		sex: indicator.sex,
		latest: row ? { year: row.latest_year, value: row.latest_value, flag: row.latest_flag } : null,
		previous,
		rank: row?.rank ?? null,
		ranked: row?.ranked ?? 0,
		median: row?.median ?? null,
		trend: row && previous ? trendOf(previous.value, row.latest_value, indicator.direction) : null
	};
	// Made when first read: an import packs one member's lines at a time, so that only one
	// member's points are ever objects together.
	return points ? withLazySeries(entry, () => sortedPoints(points)) : { ...entry, series: [] };
}
