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
			// Aggregates, not a window over every row: the same answer for one row per year, and a
			// fraction of the time over a large upload (issue 9).
			'latest AS (',
			'  SELECT o.indicator_id, o.iso3, max(o.year) AS year, arg_max(o.value, o.year) AS value,',
			"    arg_max(coalesce(o.flag, ''), o.year) AS flag",
			`  ${OWN_ROWS}`,
			'  GROUP BY o.indicator_id, o.iso3',
			'),',
			'previous AS (',
			'  SELECT o.indicator_id, o.iso3, max(o.year) AS year, arg_max(o.value, o.year) AS value',
			`  ${OWN_ROWS}`,
			'  JOIN latest l ON l.indicator_id = o.indicator_id AND l.iso3 = o.iso3',
			`  WHERE ${members(asked)} AND o.year < l.year`,
			'  GROUP BY o.indicator_id, o.iso3',
			')',
			'SELECT w.indicator_id, l.iso3, w.sex,',
			'  l.year AS latest_year, l.value AS latest_value, l.flag AS latest_flag,',
			'  p.year AS previous_year, p.value AS previous_value,',
			'  CASE WHEN w.comparable = 1 THEN 1 + (SELECT count(*) FROM latest m',
			'    WHERE m.indicator_id = w.indicator_id',
			'      AND CASE WHEN w.lower_better = 1 THEN m.value < l.value ELSE m.value > l.value END)',
			'  END AS rank,',
			'  CASE WHEN w.comparable = 1 THEN (SELECT count(*) FROM latest m',
			'    WHERE m.indicator_id = w.indicator_id) ELSE 0 END AS ranked,',
			'  CASE WHEN w.comparable = 1 THEN (SELECT median(m.value) FROM latest m',
			'    WHERE m.indicator_id = w.indicator_id) END AS median',
			'FROM w',
			`JOIN latest l ON l.indicator_id = w.indicator_id AND ${members(asked, 'l')}`,
			'LEFT JOIN previous p ON p.indicator_id = w.indicator_id AND p.iso3 = l.iso3',
			'ORDER BY w.indicator_id, l.iso3'
		].join('\n'),
		params: [...w.params, ...asked, ...asked]
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
