import {
	countryColumnsByCells,
	sampleColumns,
	sexColumnByCells,
	valueColumnByCells,
	yearColumnByCells,
	type Cells
} from './cell-roles';
import type { ColumnMapping, TableShape, YearColumn } from './column-mapping';
import { roleByHeader, rolesByHeader, type Role } from './header-names';
import type { Notice } from './notice';
import type { Column, ParsedTable } from './parse';
import {
	indicatorNameNotice,
	missingColumnNotices,
	shapeNotice,
	unusedColumnsNotices
} from './shape-notices';
import type { DecimalMark } from './values';
import { yearColumnsByHeader } from './wide-headers';

export type { ColumnMapping, TableShape, YearColumn } from './column-mapping';
export { summariseColumns } from './shape-notices';
export { indicatorYearHeader } from './wide-headers';

export type IndicatorSource = 'column' | 'value-header' | 'given';

export interface ShapeProposal {
	ok: boolean;
	shape: TableShape;
	mapping: ColumnMapping | null;
	/** What detection found, even when it was not enough: the mapping form starts from it */
	draft: ColumnMapping;
	indicatorSource: IndicatorSource | null;
	/** Columns with content that the mapping leaves out (reported, never silently dropped) */
	unused: number[];
	notices: Notice[];
}

export interface ShapeOptions {
	decimal?: DecimalMark;
	/** Name for the indicator when no column names it, e.g. the file name */
	indicatorName?: string;
}

/**
 * Proposes how to read a parsed table: long (a year column and a value column, as in OWID's
 * `Entity,Code,Year,<indicator>`) or wide (one column per year, as in World Bank, DataBank and
 * UNDP exports), and which column holds the country, indicator, year, value and sex. Header
 * names (English and Thai) decide first; the cells decide when headers say nothing.
 */
export function proposeShape(table: ParsedTable, options: ShapeOptions = {}): ShapeProposal {
	const usable = table.columns.filter((c) => !c.ignorable);
	const byRole = rolesByHeader(usable);
	const headerYears = yearColumnsByHeader(usable, byRole);
	const cells = sampleColumns(table, usable);
	findCountryColumns(byRole, usable, headerYears, cells);
	const shape = chooseShape(headerYears, byRole);
	const yearColumns = shape === 'wide' ? headerYears : [];
	if (shape === 'long') findLongColumns(byRole, usable, cells, options.decimal ?? '.');
	const indicator = nameIndicator(table, shape, byRole, yearColumns, options.indicatorName);
	const unused = unclaimed(usable, byRole, yearColumns)
		.filter((c) => !c.empty)
		.map((c) => c.index);

	const notices = [
		shapeNotice(shape, yearColumns),
		...missingColumnNotices(shape, byRole, table.headerLine),
		...(indicator.source === 'given' ? [indicatorNameNotice(indicator.name)] : []),
		...unusedColumnsNotices(table, unused)
	];
	const ok = !notices.some((n) => n.level === 'error');
	const draft = draftMapping(shape, byRole, yearColumns, indicator.name);
	const mapping = ok ? draft : null;
	return { ok, shape, mapping, draft, indicatorSource: indicator.source, unused, notices };
}

/** The usable columns that neither a role nor a year claims yet. */
function unclaimed(
	usable: readonly Column[],
	byRole: ReadonlyMap<Role, number>,
	yearColumns: readonly YearColumn[]
): Column[] {
	const taken = new Set([...byRole.values(), ...yearColumns.map((y) => y.col)]);
	return usable.filter((c) => !taken.has(c.index));
}

/** The cells pick the country columns only when no header named one. */
function findCountryColumns(
	byRole: Map<Role, number>,
	usable: readonly Column[],
	yearColumns: readonly YearColumn[],
	cells: Cells
): void {
	if (!byRole.has('country') && !byRole.has('countryCode')) {
		const { names, codes } = countryColumnsByCells(unclaimed(usable, byRole, yearColumns), cells);
		if (names !== undefined) byRole.set('country', names);
		if (codes !== undefined) byRole.set(names !== undefined ? 'countryCode' : 'country', codes);
	}
	// With no name column, the codes are what identifies the country.
	if (!byRole.has('country') && byRole.has('countryCode')) {
		byRole.set('country', byRole.get('countryCode') as number);
		byRole.delete('countryCode');
	}
}

/**
 * Wide when headers name two years or more, or one year and no header says "Year": one
 * year-named column beside a "Year" column is a long file's value column.
 */
function chooseShape(
	yearColumns: readonly YearColumn[],
	byRole: ReadonlyMap<Role, number>
): TableShape {
	return yearColumns.length >= 2 || (yearColumns.length === 1 && !byRole.has('year'))
		? 'wide'
		: 'long';
}

/** Long layout: the year, sex and value columns no header named, in that order, from the cells. */
function findLongColumns(
	byRole: Map<Role, number>,
	usable: readonly Column[],
	cells: Cells,
	decimal: DecimalMark
): void {
	const guesses: [Role, (candidates: Column[]) => number | undefined][] = [
		['year', (candidates) => yearColumnByCells(candidates, cells)],
		['sex', (candidates) => sexColumnByCells(candidates, cells)],
		['value', (candidates) => valueColumnByCells(candidates, cells, decimal)]
	];
	for (const [role, guess] of guesses) {
		if (byRole.has(role)) continue;
		// No year columns here: a long file's year-named header may be its value column.
		const col = guess(unclaimed(usable, byRole, []));
		if (col !== undefined) byRole.set(role, col);
	}
}

/** Where the indicator's name comes from; only the named ones carry it. */
type IndicatorNaming =
	{ source: 'column'; name?: undefined } | { source: 'value-header' | 'given'; name: string };

/**
 * A column names the indicator; else a long file's value header does, unless it is a generic one
 * such as "Value"; else the given name (the file name) does, which gets a notice.
 */
function nameIndicator(
	table: ParsedTable,
	shape: TableShape,
	byRole: ReadonlyMap<Role, number>,
	yearColumns: readonly YearColumn[],
	given: string | undefined
): IndicatorNaming {
	const inColumns =
		byRole.has('indicator') || byRole.has('indicatorCode') || yearColumns.some((y) => y.indicator);
	if (inColumns) return { source: 'column' };
	const valueCol = byRole.get('value');
	const valueHeader = valueCol === undefined ? '' : table.columns[valueCol].header.trim();
	const specific =
		shape === 'long' && valueHeader && roleByHeader(table.columns[valueCol as number]) !== 'value';
	if (specific) return { source: 'value-header', name: valueHeader };
	return { source: 'given', name: given?.trim() || valueHeader || 'Uploaded indicator' };
}

function draftMapping(
	shape: TableShape,
	byRole: ReadonlyMap<Role, number>,
	yearColumns: YearColumn[],
	indicatorName: string | undefined
): ColumnMapping {
	return {
		...(byRole.has('country') && { country: byRole.get('country') }),
		...(byRole.has('countryCode') && { countryCode: byRole.get('countryCode') }),
		...(shape === 'long' && { year: byRole.get('year') }),
		...(shape === 'wide' && { yearColumns }),
		...(byRole.has('indicator') && { indicator: byRole.get('indicator') }),
		...(byRole.has('indicatorCode') && { indicatorCode: byRole.get('indicatorCode') }),
		...(shape === 'long' && { value: byRole.get('value') }),
		...(byRole.has('sex') && { sex: byRole.get('sex') }),
		...(indicatorName !== undefined && { indicatorName })
	};
}
