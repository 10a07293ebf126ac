import { placeholders, type BuiltQuery } from './types';

/**
 * A figure is "older than 5 years" when its year is before the reference year minus 5. The
 * reference is the newest year in the shared dataset (not today's date), so the marks are the same
 * on every build and say how a member stands against what the sources publish at all.
 */
export const STALE_AFTER_YEARS = 5;

/** The rule the SQL below applies, for figures whose year a page already holds. */
export function isStale(year: number, referenceYear: number | null): boolean {
	return referenceYear !== null && year < referenceYear - STALE_AFTER_YEARS;
}

/** The first year that is not older than 5 years, for sentences ("data from 2019 or later"). */
export function freshFrom(referenceYear: number): number {
	return referenceYear - STALE_AFTER_YEARS;
}

// Uploaded rows (flag 'user') never move the reference: it is the shared dataset's newest year.
const REFERENCE_CTE =
	"reference AS (SELECT max(year) AS reference_year FROM observations WHERE flag IS DISTINCT FROM 'user')";

export function buildReferenceYearQuery(): BuiltQuery {
	return { sql: `WITH ${REFERENCE_CTE}\nSELECT reference_year FROM reference`, params: [] };
}

export interface FreshnessRequest {
	/** Only these indicators; all when absent */
	indicatorIds?: readonly string[] | null;
	/** Only this member; all when absent */
	iso3?: string | null;
}

/**
 * Each member's most recent year with data (any sex) per indicator, the reference year, and
 * whether that year is older than 5 years. Members without data have no row: a gap, not a year.
 */
export function buildFreshnessQuery({
	indicatorIds = null,
	iso3 = null
}: FreshnessRequest = {}): BuiltQuery {
	const where = [
		...(indicatorIds ? [`o.indicator_id IN (${placeholders(indicatorIds.length)})`] : []),
		...(iso3 ? ['o.iso3 = ?'] : [])
	];
	return {
		sql: [
			`WITH ${REFERENCE_CTE},`,
			'latest AS (',
			'  SELECT o.indicator_id, o.iso3, max(o.year) AS latest_year',
			'  FROM observations o JOIN countries c ON c.iso3 = o.iso3',
			...(where.length ? [`  WHERE ${where.join(' AND ')}`] : []),
			'  GROUP BY o.indicator_id, o.iso3',
			')',
			'SELECT l.indicator_id, l.iso3, l.latest_year, r.reference_year,',
			'  coalesce(l.latest_year < r.reference_year - ?, false) AS stale',
			'FROM latest l CROSS JOIN reference r',
			'ORDER BY l.indicator_id, l.iso3'
		].join('\n'),
		params: [...(indicatorIds ?? []), ...(iso3 ? [iso3] : []), STALE_AFTER_YEARS]
	};
}

export interface FreshnessRow {
	indicator_id: string;
	iso3: string;
	latest_year: number;
	reference_year: number | null;
	stale: boolean;
}

/**
 * Per indicator: the newest of the members' most recent years, how many members have data and
 * how many of them only have figures older than 5 years. For sorting and filtering the home page.
 */
export function buildIndicatorFreshnessQuery(): BuiltQuery {
	const perMember = buildFreshnessQuery();
	return {
		sql: [
			'WITH per_member AS (',
			perMember.sql,
			')',
			'SELECT indicator_id, max(latest_year) AS newest_year, any_value(reference_year) AS reference_year,',
			'  count(*) AS members, count(*) FILTER (WHERE stale) AS stale_members',
			'FROM per_member',
			'GROUP BY indicator_id',
			'ORDER BY indicator_id'
		].join('\n'),
		params: perMember.params
	};
}

export interface IndicatorFreshnessRow {
	indicator_id: string;
	newest_year: number;
	reference_year: number | null;
	members: number;
	stale_members: number;
}
