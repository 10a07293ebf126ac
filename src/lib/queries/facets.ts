import type { BuiltQuery } from './types';

/** What one indicator offers: each sex and year it has values for, with how many members report. */
export function buildFacetsQuery(indicatorId: string): BuiltQuery {
	return {
		sql: [
			'SELECT sex, year, count(*) AS countries',
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
}
