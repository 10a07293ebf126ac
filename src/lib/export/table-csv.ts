import type { GapCell } from '$lib/dataset/gaps';
import type { ProfileEntry } from '$lib/dataset/profile';
import { BE_OFFSET } from '$lib/i18n/format';
import type { Era } from '$lib/i18n/locale';
import { toCsv } from '$lib/upload/csv-export';

/** What a table export needs to know of an indicator, in the page language. */
export interface NamedIndicator {
	id: string;
	name: string;
	unit: string;
}

const beYear = (year: number | null) => (year === null ? null : year + BE_OFFSET);

/**
 * A country profile as CSV, one line per indicator as on the page. Values are written as
 * published (never rounded); a member without data keeps its line with empty cells, never a 0.
 * With B.E. chosen a `year_be` column comes first and `year` (C.E.) stays for machines.
 */
export function profileCsv({
	iso3,
	country,
	entries,
	indicator,
	era
}: {
	iso3: string;
	country: string;
	entries: readonly ProfileEntry[];
	indicator: (id: string) => NamedIndicator;
	era: Era;
}): string {
	const rows = entries.map((entry) => {
		const { name, unit } = indicator(entry.id);
		const year = entry.latest?.year ?? null;
		return {
			indicator_id: entry.id,
			indicator: name,
			unit,
			sex: entry.sex,
			iso3,
			country,
			year_be: beYear(year),
			year,
			value: entry.latest?.value ?? null,
			flag: entry.latest?.flag ?? null,
			rank: entry.rank,
			members_ranked: entry.latest ? entry.ranked : null,
			asean_median: entry.median,
			trend: entry.trend
		};
	});
	const columns = [
		'indicator_id',
		'indicator',
		'unit',
		'sex',
		'iso3',
		'country',
		...(era === 'be' ? (['year_be'] as const) : []),
		'year',
		'value',
		'flag',
		'rank',
		'members_ranked',
		'asean_median',
		'trend'
	] as const;
	return toCsv(rows, columns, { newline: '\n' });
}

/** The data-gaps matrix as CSV: one line per indicator and member, as a machine reads it best. */
export function gapsCsv({
	rows,
	indicator,
	country,
	era
}: {
	rows: readonly { id: string; cells: readonly GapCell[] }[];
	indicator: (id: string) => NamedIndicator;
	country: (iso3: string) => string;
	era: Era;
}): string {
	const lines = rows.flatMap((row) => {
		const { name } = indicator(row.id);
		return row.cells.map((cell) => ({
			indicator_id: row.id,
			indicator: name,
			iso3: cell.iso3,
			country: country(cell.iso3),
			latest_year_be: beYear(cell.latestYear),
			latest_year: cell.latestYear,
			years_with_data: cell.years
		}));
	});
	const columns = [
		'indicator_id',
		'indicator',
		'iso3',
		'country',
		...(era === 'be' ? (['latest_year_be'] as const) : []),
		'latest_year',
		'years_with_data'
	] as const;
	return toCsv(lines, columns, { newline: '\n' });
}
