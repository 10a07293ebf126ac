import type { BuiltQuery } from './types';

/** Every row of one indicator, for a page whose data is not prerendered (an upload). */
export function buildIndicatorRowsQuery(indicatorId: string): BuiltQuery {
	return {
		sql: [
			"SELECT indicator_id, iso3, year, sex, value, coalesce(flag, '') AS flag",
			'FROM observations',
			'WHERE indicator_id = ?',
			'ORDER BY iso3, sex, year'
		].join('\n'),
		params: [indicatorId]
	};
}
