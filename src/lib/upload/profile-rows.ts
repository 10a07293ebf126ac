import type { Observation } from '$lib/dataset/types';

/**
 * The uploaded rows a country profile needs: only indicators that cover this country (an upload
 * about other countries says nothing there), grouped by indicator. The filter runs in DuckDB, so
 * a 100 MB upload does not cross into the page row by row.
 */
export async function userRowsForCountry(iso3: string): Promise<Map<string, Observation[]>> {
	const { query } = await import('$lib/db/duckdb');
	const rows = await query<Observation>({
		sql: `SELECT indicator_id, iso3, year, sex, value, coalesce(flag, '') AS flag
			FROM observations
			WHERE flag = 'user' AND indicator_id IN (
				SELECT DISTINCT indicator_id FROM observations WHERE flag = 'user' AND iso3 = ?)
			ORDER BY indicator_id, iso3, sex, year`,
		params: [iso3]
	});
	const byIndicator = new Map<string, Observation[]>();
	for (const row of rows) {
		const list = byIndicator.get(row.indicator_id);
		if (list) list.push(row);
		else byIndicator.set(row.indicator_id, [row]);
	}
	return byIndicator;
}
