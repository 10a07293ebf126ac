import type { Direction, Sex } from '$lib/dataset/types';
import type { BuiltQuery } from './types';

export interface ProfileRequestEntry {
	indicatorId: string;
	sex: Sex;
	direction: Direction;
	/** False where figures must not be compared across members: no rank, no median */
	comparable: boolean;
}

/** Each wanted indicator's rows of the sex the profile shows */
const OWN_ROWS = 'FROM observations o JOIN w ON w.indicator_id = o.indicator_id AND w.sex = o.sex';

function wanted(entries: readonly ProfileRequestEntry[]): {
	sql: string;
	params: (string | number)[];
} {
	if (!entries.length) throw new Error('A profile needs at least one indicator');
	return {
		sql: `(VALUES ${entries.map(() => '(?, ?, ?, ?)').join(', ')}) AS wanted(indicator_id, sex, lower_better, comparable)`,
		params: entries.flatMap((e) => [
			e.indicatorId,
			e.sex,
			e.direction === 'lower-is-better' ? 1 : 0,
			e.comparable ? 1 : 0
		])
	};
}

/** `o.iso3 IN (?, …)` for the members asked about */
function members(iso3s: readonly string[], alias = 'o'): string {
	if (!iso3s.length) throw new Error('A profile needs at least one member');
	return `${alias}.iso3 IN (${iso3s.map(() => '?').join(', ')})`;
}

/**
 * Where each asked member stands on each indicator: its latest and previous values, its rank
 * among all members' latest values (1 = best; highest first where the direction is neutral) and
 * their median. One row per indicator and member with data. One member for a profile page; all
 * of them at once when an upload's profile lines are stored at import.
 *
 * One pass over the rows: each member's two latest years by aggregate, then rank, count and
 * median by window over those latest values. A second pass for the previous year and correlated
 * counts for the rank made it about twice as slow in DuckDB-WASM over a 100 MB upload's 1,532
 * indicators (issue 9).
 */
export function buildProfileQuery(
	iso3s: string | readonly string[],
	entries: readonly ProfileRequestEntry[]
): BuiltQuery {
	const w = wanted(entries);
	const asked = typeof iso3s === 'string' ? [iso3s] : iso3s;
	return {
		sql: [
			`WITH w AS (SELECT * FROM ${w.sql}),`,
			'latest AS (',
			'  SELECT o.indicator_id, o.iso3, max(o.year, 2) AS years, arg_max(o.value, o.year, 2) AS vals,',
			"    arg_max(coalesce(o.flag, ''), o.year) AS flag",
			`  ${OWN_ROWS}`,
			'  GROUP BY o.indicator_id, o.iso3',
			'),',
			'standing AS (',
			'  SELECT l.*, w.comparable, w.sex,',
			// Competition ranking: 1 + the members strictly better, ties sharing a place.
			'    rank() OVER (PARTITION BY l.indicator_id',
			'      ORDER BY CASE WHEN w.lower_better = 1 THEN l.vals[1] ELSE -l.vals[1] END) AS place,',
			'    count(*) OVER (PARTITION BY l.indicator_id) AS members,',
			'    median(l.vals[1]) OVER (PARTITION BY l.indicator_id) AS middle',
			'  FROM latest l JOIN w ON w.indicator_id = l.indicator_id',
			')',
			'SELECT indicator_id, iso3, sex,',
			'  years[1] AS latest_year, vals[1] AS latest_value, flag AS latest_flag,',
			// A year held twice (never in the shared data or an upload) gives no previous value
			// rather than the same year again.
			'  CASE WHEN years[2] < years[1] THEN years[2] END AS previous_year,',
			'  CASE WHEN years[2] < years[1] THEN vals[2] END AS previous_value,',
			'  CASE WHEN comparable = 1 THEN place END AS rank,',
			'  CASE WHEN comparable = 1 THEN members ELSE 0 END AS ranked,',
			'  CASE WHEN comparable = 1 THEN middle END AS median',
			'FROM standing',
			`WHERE ${members(asked, 'standing')}`,
			'ORDER BY indicator_id, iso3'
		].join('\n'),
		params: [...w.params, ...asked]
	};
}

/**
 * The asked members' published points of each indicator, for the profile's sparklines: one row
 * per indicator and member, its years and values as two lists in the same order (any order: the
 * caller sorts by year). A large upload has hundreds of thousands of points; as rows, decoding
 * their indicator and member texts one by one cost the import seconds in the browser, and
 * sorting inside the aggregate ran a 5-million-value upload out of the engine's memory.
 */
export function buildCountrySeriesQuery(
	iso3s: string | readonly string[],
	entries: readonly ProfileRequestEntry[]
): BuiltQuery {
	const w = wanted(entries);
	const asked = typeof iso3s === 'string' ? [iso3s] : iso3s;
	return {
		sql: [
			`WITH w AS (SELECT * FROM ${w.sql})`,
			'SELECT o.indicator_id, o.iso3, list(o.year) AS years, list(o.value) AS "values"',
			OWN_ROWS,
			`WHERE ${members(asked)}`,
			'GROUP BY o.indicator_id, o.iso3',
			'ORDER BY o.indicator_id, o.iso3'
		].join('\n'),
		params: [...w.params, ...asked]
	};
}

export interface SeriesRow {
	indicator_id: string;
	iso3: string;
	years: ArrayLike<number>;
	values: ArrayLike<number>;
}

export interface ProfileRow {
	indicator_id: string;
	iso3: string;
	sex: Sex;
	latest_year: number;
	latest_value: number;
	latest_flag: string;
	previous_year: number | null;
	previous_value: number | null;
	rank: number | null;
	ranked: number;
	median: number | null;
}
