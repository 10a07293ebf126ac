import type { Sex } from '$lib/dataset/types';
import { placeholders, type BuiltQuery } from './types';

export interface LineSeriesRequest {
	indicatorId: string;
	countries: readonly string[];
	sexes: readonly Sex[];
}

/** Every published point of one indicator for the chosen countries and sexes, in time order. */
export function buildLineSeriesQuery({
	indicatorId,
	countries,
	sexes
}: LineSeriesRequest): BuiltQuery {
	return {
		sql: [
			"SELECT iso3, year, sex, value, coalesce(flag, '') AS flag",
			'FROM observations',
			'WHERE indicator_id = ?',
			`  AND iso3 IN (${placeholders(countries.length)})`,
			`  AND sex IN (${placeholders(sexes.length)})`,
			'ORDER BY iso3, sex, year'
		].join('\n'),
		params: [indicatorId, ...countries, ...sexes]
	};
}
