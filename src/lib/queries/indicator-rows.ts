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

/** Every row of the analyst's uploads, in one pass, for views that list all their indicators. */
export function buildUserRowsQuery(): BuiltQuery {
	return {
		sql: [
			"SELECT indicator_id, iso3, year, sex, value, coalesce(flag, '') AS flag",
			'FROM observations',
			'WHERE indicator_id IN (SELECT id FROM user_indicators)',
			'ORDER BY indicator_id, iso3, sex, year'
		].join('\n'),
		params: []
	};
}
