import type { BuiltQuery } from './types';

/**
 * What one indicator offers: each sex and year it has values for, with how many members report
 * and the lowest and highest value (the map's colour classes are fixed from these).
 */
export function buildFacetsQuery(indicatorId: string): BuiltQuery {
	return {
		sql: [
			'SELECT sex, year, count(*) AS countries, min(value) AS low, max(value) AS high',
			'FROM observations',
			'WHERE indicator_id = ?',
			'GROUP BY sex, year',
			'ORDER BY sex, year'
		].join('\n'),
		params: [indicatorId]
	};
}

export interface FacetRow {
	sex: string;
	year: number;
	countries: number;
	low: number;
	high: number;
}
