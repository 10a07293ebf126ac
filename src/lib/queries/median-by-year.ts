import type { Sex } from '$lib/dataset/types';
import type { BuiltQuery } from './types';

/** Members that must report in a year before an ASEAN median is drawn for it: a majority. */
export const MEDIAN_MIN_COUNTRIES = 6;

/**
 * The ASEAN median per year, only for years where a majority of members report, so that a
 * handful of early reporters never pass for the region.
 */
export function buildMedianByYearQuery(indicatorId: string, sex: Sex): BuiltQuery {
	return {
		sql: [
			'SELECT year, median(value) AS value, count(*) AS countries',
			'FROM observations',
			'WHERE indicator_id = ? AND sex = ?',
			'GROUP BY year',
			'HAVING count(*) >= ?',
			'ORDER BY year'
		].join('\n'),
		params: [indicatorId, sex, MEDIAN_MIN_COUNTRIES]
	};
}
