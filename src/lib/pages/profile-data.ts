import { trendOf, type ProfileEntry } from '$lib/dataset/profile';
import type { Indicator, Sex } from '$lib/dataset/types';
import {
	buildCountrySeriesQuery,
	buildProfileQuery,
	type ProfileRequestEntry,
	type ProfileRow
} from '$lib/queries/profile';
import type { QueryRunner } from '$lib/queries/types';

/**
 * One member's line for each indicator, asked of an engine in two queries (standing and
 * sparklines): native DuckDB when prerendering, DuckDB-WASM for the analyst's uploads.
 */
export async function countryProfile(
	iso3: string,
	indicators: readonly (Pick<Indicator, 'id' | 'direction' | 'comparable'> & { sex: Sex })[],
	runner: QueryRunner
): Promise<ProfileEntry[]> {
	if (!indicators.length) return [];
	const entries: ProfileRequestEntry[] = indicators.map((i) => ({
		indicatorId: i.id,
		sex: i.sex,
		direction: i.direction,
		comparable: i.comparable !== false
	}));
	const [standing, points] = await Promise.all([
		runner.run<ProfileRow>(buildProfileQuery(iso3, entries)),
		runner.run<{ indicator_id: string; year: number; value: number }>(
			buildCountrySeriesQuery(iso3, entries)
		)
	]);
	const byId = new Map(standing.map((r) => [r.indicator_id, r]));
	const series = new Map<string, { year: number; value: number }[]>();
	for (const p of points) {
		const list = series.get(p.indicator_id) ?? [];
		list.push({ year: p.year, value: p.value });
		series.set(p.indicator_id, list);
	}
	return indicators.map((indicator) => {
		const row = byId.get(indicator.id);
		const previous =
			row && row.previous_year !== null && row.previous_value !== null
				? { year: row.previous_year, value: row.previous_value }
				: null;
		return {
			id: indicator.id,
			sex: indicator.sex,
			latest: row
				? { year: row.latest_year, value: row.latest_value, flag: row.latest_flag }
				: null,
			previous,
			rank: row?.rank ?? null,
			ranked: row?.ranked ?? 0,
			median: row?.median ?? null,
			trend:
				row && previous ? trendOf(previous.value, row.latest_value, indicator.direction) : null,
			series: series.get(indicator.id) ?? []
		};
	});
}
