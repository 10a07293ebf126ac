import type { Sex } from '$lib/dataset/types';
import type { BuiltQuery } from './types';

export interface RankedYearRequest {
	indicatorId: string;
	sexes: readonly Sex[];
	/** A calendar year, or 'latest' for each country's most recent value */
	year: number | 'latest';
}

/**
 * All 11 members for one year, highest first, with members that have no value kept as NULL rows
 * so that a gap is drawn as "no data" rather than disappearing or becoming zero.
 */
export function buildRankedYearQuery({ indicatorId, sexes, year }: RankedYearRequest): BuiltQuery {
	const sexRows = sexes.map(() => 'SELECT ? AS sex').join(' UNION ALL ');
	const picked =
		year === 'latest'
			? [
					'picked AS (',
					'  SELECT iso3, sex, year, value, flag FROM observations',
					'  WHERE indicator_id = ?',
					'  QUALIFY row_number() OVER (PARTITION BY iso3, sex ORDER BY year DESC) = 1',
					')'
				]
			: [
					'picked AS (',
					'  SELECT iso3, sex, year, value, flag FROM observations',
					'  WHERE indicator_id = ? AND year = ?',
					')'
				];
	return {
		sql: [
			'WITH wanted AS (',
			'  SELECT c.iso3, s.sex FROM countries c CROSS JOIN (' + sexRows + ') s',
			'),',
			...picked,
			"SELECT w.iso3, w.sex, p.year, p.value, coalesce(p.flag, '') AS flag",
			'FROM wanted w LEFT JOIN picked p ON p.iso3 = w.iso3 AND p.sex = w.sex',
			'ORDER BY w.sex, p.value DESC NULLS LAST, w.iso3'
		].join('\n'),
		params: year === 'latest' ? [...sexes, indicatorId] : [...sexes, indicatorId, year]
	};
}
