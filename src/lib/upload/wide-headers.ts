import type { YearColumn } from './column-mapping';
import type { Role } from './header-names';
import type { Column } from './parse';
import { parseYear, yearFromHeader } from './years';

/**
 * The wide layout's year columns, among the columns no header gave a role: headers that are a
 * year (`2000`, `YR2000`, `2000 [YR2000]`), or else headers that pair an indicator with a year
 * (`IND001 2000`). Pairs count only when the file has no "Year" header and there are at least
 * two of them: one alone is more likely a value column whose name ends in a year.
 */
export function yearColumnsByHeader(
	columns: readonly Column[],
	byRole: ReadonlyMap<Role, number>
): YearColumn[] {
	const named = new Set(byRole.values());
	const free = columns.filter((c) => !named.has(c.index));
	const years = free.flatMap((column) => {
		const year = yearFromHeader(column.header);
		return year.ok ? [{ col: column.index, year: year.year, era: year.era }] : [];
	});
	if (years.length > 0 || byRole.has('year')) return years;
	const paired = free.flatMap((column) => {
		const pair = indicatorYearHeader(column.header);
		return pair ? [{ col: column.index, ...pair }] : [];
	});
	return paired.length >= 2 ? paired : [];
}

/** `IND001 2000`, `SP.POP.TOTL_2015`, `Poverty rate 2019`: an indicator and a year in one header. */
export function indicatorYearHeader(header: string): Omit<YearColumn, 'col'> | null {
	const match = /^(.*?\S)[\s_:|-]+(?:\[?YR)?(\d{4})\]?$/i.exec(header.trim());
	if (!match) return null;
	const year = parseYear(match[2]);
	return year.ok ? { indicator: match[1], year: year.year, era: year.era } : null;
}
