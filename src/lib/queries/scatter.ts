import type { Sex } from '$lib/dataset/types';
import type { BuiltQuery } from './types';

export interface ScatterAxis {
	indicatorId: string;
	sex: Sex;
}

export interface ScatterRequest {
	x: ScatterAxis;
	y: ScatterAxis;
	/** 'latest' pairs each member's most recent values, whatever their years */
	year: number | 'latest';
	/** How many years before `year` a value may come from, as in OWID's scatter tolerance */
	tolerance: number;
}

/**
 * One point per member: on each axis the member's most recent value in
 * [year - tolerance, year], with the year it comes from. Members missing either value are
 * returned with NULLs so the chart can list them as "no data".
 */
export function buildScatterQuery({ x, y, year, tolerance }: ScatterRequest): BuiltQuery {
	const pick = (alias: string) => [
		`${alias} AS (`,
		'  SELECT iso3, year, value FROM observations',
		`  WHERE indicator_id = ? AND sex = ?${year === 'latest' ? '' : ' AND year BETWEEN ? AND ?'}`,
		'  QUALIFY row_number() OVER (PARTITION BY iso3 ORDER BY year DESC) = 1',
		')'
	];
	return {
		sql: [
			'WITH',
			...pick('xs'),
			',',
			...pick('ys'),
			'SELECT c.iso3, xs.value AS x, xs.year AS x_year, ys.value AS y, ys.year AS y_year',
			'FROM countries c',
			'LEFT JOIN xs ON xs.iso3 = c.iso3',
			'LEFT JOIN ys ON ys.iso3 = c.iso3',
			'ORDER BY c.iso3'
		].join('\n'),
		params: [x, y].flatMap((axis) => [
			axis.indicatorId,
			axis.sex,
			...(year === 'latest' ? [] : [year - tolerance, year])
		])
	};
}
