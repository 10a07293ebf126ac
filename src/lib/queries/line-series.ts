import type { Sex } from '$lib/dataset/types';
import { placeholders, type BuiltQuery } from './types';

export interface LineSeriesRequest {
	indicatorId: string;
	countries: readonly string[];
	sexes: readonly Sex[];
	/** Only these years, both ends included */
	range?: readonly [number, number] | null;
	/**
	 * Each series as its change since this year; a series without a value in that year is left
	 * out rather than compared with another year.
	 */
	since?: number | null;
}

/** Every published point of one indicator for the chosen countries and sexes, in time order. */
export function buildLineSeriesQuery({
	indicatorId,
	countries,
	sexes,
	range = null,
	since = null
}: LineSeriesRequest): BuiltQuery {
	const points = [
		"SELECT iso3, year, sex, value, coalesce(flag, '') AS flag",
		'FROM observations',
		'WHERE indicator_id = ?',
		`  AND iso3 IN (${placeholders(countries.length)})`,
		`  AND sex IN (${placeholders(sexes.length)})`,
		...(range ? ['  AND year BETWEEN ? AND ?'] : [])
	];
	const params: (string | number)[] = [indicatorId, ...countries, ...sexes, ...(range ?? [])];
	if (since === null) {
		return { sql: [...points, 'ORDER BY iso3, sex, year'].join('\n'), params };
	}
	return {
		sql: [
			'WITH points AS (',
			...points.map((line) => `  ${line}`),
			')',
			'SELECT p.iso3, p.year, p.sex, p.value - b.value AS value, p.flag',
			'FROM points p',
			'JOIN points b ON b.iso3 = p.iso3 AND b.sex = p.sex AND b.year = ?',
			'WHERE p.year >= ?',
			'ORDER BY p.iso3, p.sex, p.year'
		].join('\n'),
		params: [...params, since, since]
	};
}
