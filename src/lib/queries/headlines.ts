import type { Sex } from '$lib/dataset/types';
import type { BuiltQuery } from './types';

/**
 * The figure a home-page card shows for each indicator: the spread of the members' most recent
 * values (the same rule as the ranked chart's default view), with the years they come from.
 */
export function buildHeadlinesQuery(
	entries: readonly { indicatorId: string; sex: Sex }[]
): BuiltQuery {
	if (!entries.length) throw new Error('Headlines need at least one indicator');
	return {
		sql: [
			`WITH w AS (SELECT * FROM (VALUES ${entries.map(() => '(?, ?)').join(', ')}) AS w(indicator_id, sex)),`,
			'latest AS (',
			'  SELECT o.indicator_id, o.iso3, o.year, o.value',
			'  FROM observations o JOIN w ON w.indicator_id = o.indicator_id AND w.sex = o.sex',
			'  QUALIFY row_number() OVER (PARTITION BY o.indicator_id, o.iso3 ORDER BY o.year DESC) = 1',
			')',
			'SELECT indicator_id,',
			'  min(value) AS min, arg_min(iso3, value) AS min_iso3,',
			'  max(value) AS max, arg_max(iso3, value) AS max_iso3,',
			'  count(*) AS countries, min(year) AS from_year, max(year) AS to_year',
			'FROM latest',
			'GROUP BY indicator_id',
			'ORDER BY indicator_id'
		].join('\n'),
		params: entries.flatMap((e) => [e.indicatorId, e.sex])
	};
}

export interface HeadlineRow {
	indicator_id: string;
	min: number;
	min_iso3: string;
	max: number;
	max_iso3: string;
	countries: number;
	from_year: number;
	to_year: number;
}
