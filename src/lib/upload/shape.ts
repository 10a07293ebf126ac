import { normaliseLabel } from '../countries/match';
import type { Iso3 } from '../countries/members';
import { matchUploadCountry as matchCountry } from './country-names';
import { notice, type Notice } from './notice';
import type { Column, ParsedTable } from './parse';
import { parseSex } from './sex';
import { parseCell, type DecimalMark } from './values';
import { parseYear, yearFromHeader, type Era } from './years';

export type TableShape = 'long' | 'wide';

export interface YearColumn {
	col: number;
	/** Year in C.E. */
	year: number;
	era: Era;
	/** Wide with indicator-year headers (`IND001 2000`): the indicator this column holds */
	indicator?: string;
}

/** Which column holds what; indexes are 0-based column positions. */
export interface ColumnMapping {
	/** Country names, or codes when the file has no name column */
	country?: number;
	/** The whole file is about this one country (a national file without a country column) */
	countryFixed?: Iso3;
	/** Country codes beside a name column (ISO3, M49 or legacy) */
	countryCode?: number;
	/** Long shape: the year of each row */
	year?: number;
	/** Long shape without a year column: the whole file is this one year (C.E.) */
	yearFixed?: number;
	/** Wide shape: one column per year */
	yearColumns?: YearColumn[];
	indicator?: number;
	indicatorCode?: number;
	/** Long shape: the value of each row */
	value?: number;
	sex?: number;
	/** Indicator name for every row when no column names it */
	indicatorName?: string;
}

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

type Role = 'country' | 'countryCode' | 'year' | 'indicator' | 'indicatorCode' | 'value' | 'sex';

const HEADER_NAMES: Record<Role, readonly string[]> = {
	country: [
		'country',
		'country name',
		'countries',
		'country or area',
		'country/territory',
		'country/area',
		'entity',
		'economy',
		'area',
		'geo',
		'location',
		'nation',
		'reference area',
		'ref area name',
		'member state',
		'ประเทศ',
		'ชื่อประเทศ',
		'จังหวัด/ประเทศ',
		'ประเทศ/จังหวัด',
		'ประเทศสมาชิก'
	],
	countryCode: [
		'code',
		'country code',
		'economy code',
		'iso',
		'iso3',
		'iso 3',
		'iso code',
		'iso3 code',
		'iso alpha-3',
		'iso alpha3',
		'iso3166',
		'countrycode',
		'country iso3',
		'ref area',
		'geo code',
		'รหัสประเทศ'
	],
	year: ['year', 'years', 'time', 'time period', 'period', 'ปี', 'พ.ศ.', 'ปี พ.ศ.', 'ปี ค.ศ.', 'ค.ศ.'],
	indicator: [
		'indicator',
		'indicator name',
		'series',
		'series name',
		'variable',
		'measure',
		'ตัวชี้วัด',
		'ชื่อตัวชี้วัด'
	],
	indicatorCode: ['indicator code', 'indicator id', 'series code', 'variable code', 'รหัสตัวชี้วัด'],
	value: [
		'value',
		'values',
		'obs value',
		'observation',
		'obs',
		'data',
		'amount',
		'ค่า',
		'ข้อมูล',
		'มูลค่า'
	],
	sex: ['sex', 'gender', 'sex code', 'เพศ']
};

const headerKey = (header: string) =>
	normaliseLabel(header).replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();

const headerSets = Object.fromEntries(
	(Object.keys(HEADER_NAMES) as Role[]).map((role) => [
		role,
		new Set(HEADER_NAMES[role].map(headerKey))
	])
) as Record<Role, Set<string>>;

function roleByHeader(column: Column): Role | null {
	const key = headerKey(column.header);
	if (key === '') return null;
	for (const role of Object.keys(headerSets) as Role[]) if (headerSets[role].has(key)) return role;
	if (/^(year|ปี)\b/.test(key) || /^ปี/.test(key)) return 'year';
	return null;
}

const SAMPLE_ROWS = 2000;

function sampleCells(table: ParsedTable, col: number): string[] {
	const step = Math.max(1, Math.floor(table.rows.length / SAMPLE_ROWS));
	const cells: string[] = [];
	for (let i = 0; i < table.rows.length; i += step) {
		const cell = table.rows[i].cells[col].trim();
		if (cell !== '') cells.push(cell);
	}
	return cells;
}

function share(cells: readonly string[], test: (cell: string) => boolean): number {
	if (cells.length === 0) return 0;
	return cells.filter(test).length / cells.length;
}

function countryMatches(cells: readonly string[]): { count: number; byName: number } {
	let count = 0;
	let byName = 0;
	for (const cell of new Set(cells)) {
		const match = matchCountry(cell);
		if (!match) continue;
		count++;
		if (match.via === 'name' || match.via === 'alias') byName++;
	}
	return { count, byName };
}

/**
 * Proposes how to read a parsed table: long (a year column and a value column, as in OWID's
 * `Entity,Code,Year,<indicator>`) or wide (one column per year, as in World Bank, DataBank and
 * UNDP exports), and which column holds the country, indicator, year, value and sex. Header
 * names (English and Thai) decide first; the cells decide when headers say nothing.
 */
export function proposeShape(table: ParsedTable, options: ShapeOptions = {}): ShapeProposal {
	const decimal = options.decimal ?? '.';
	const notices: Notice[] = [];
	const usable = table.columns.filter((c) => !c.ignorable);
	const byRole = new Map<Role, number>();
	for (const column of usable) {
		const role = roleByHeader(column);
		if (role && !byRole.has(role)) byRole.set(role, column.index);
	}

	const yearColumns: YearColumn[] = [];
	for (const column of usable) {
		if ([...byRole.values()].includes(column.index)) continue;
		const year = yearFromHeader(column.header);
		if (year.ok) yearColumns.push({ col: column.index, year: year.year, era: year.era });
	}
	if (yearColumns.length === 0 && !byRole.has('year')) {
		const paired = usable.flatMap((column) => {
			if ([...byRole.values()].includes(column.index)) return [];
			const pair = indicatorYearHeader(column.header);
			return pair ? [{ col: column.index, ...pair }] : [];
		});
		if (paired.length >= 2) yearColumns.push(...paired);
	}
	const taken = () => new Set([...byRole.values(), ...yearColumns.map((y) => y.col)]);
	const cellsOf = new Map(usable.map((c) => [c.index, sampleCells(table, c.index)]));
	const cells = (col: number) => cellsOf.get(col) ?? [];

	if (!byRole.has('country') && !byRole.has('countryCode')) {
		const scored = usable
			.filter((c) => !taken().has(c.index))
			.map((c) => ({ col: c.index, ...countryMatches(cells(c.index)) }))
			.filter((s) => s.count > 0)
			.sort((a, b) => b.count - a.count || b.byName - a.byName);
		const names = scored.find((s) => s.byName > 0);
		const codes = scored.find((s) => s.byName === 0);
		if (names) byRole.set('country', names.col);
		if (codes) byRole.set(names ? 'countryCode' : 'country', codes.col);
	}
	if (!byRole.has('country') && byRole.has('countryCode')) {
		byRole.set('country', byRole.get('countryCode') as number);
		byRole.delete('countryCode');
	}

	const shape: TableShape =
		yearColumns.length >= 2 || (yearColumns.length === 1 && !byRole.has('year')) ? 'wide' : 'long';

	if (shape === 'long') {
		yearColumns.length = 0;
		if (!byRole.has('year')) {
			const candidate = usable
				.filter((c) => !taken().has(c.index))
				.map((c) => ({ col: c.index, share: share(cells(c.index), (x) => parseYear(x).ok) }))
				.filter((s) => s.share >= 0.8)
				.sort((a, b) => b.share - a.share)[0];
			if (candidate) byRole.set('year', candidate.col);
		}
		if (!byRole.has('sex')) {
			const candidate = usable.find(
				(c) =>
					!taken().has(c.index) &&
					cells(c.index).length > 0 &&
					share(cells(c.index), (x) => parseSex(x) !== null) >= 0.9 &&
					new Set(cells(c.index).map(parseSex)).size >= 2
			);
			if (candidate) byRole.set('sex', candidate.index);
		}
		if (!byRole.has('value')) {
			const candidate = usable
				.filter((c) => !taken().has(c.index))
				.map((c) => {
					const parsed = cells(c.index).map((x) => parseCell(x, decimal));
					const numbers = parsed.filter((p) => p.kind === 'number').length;
					const text = parsed.filter((p) => p.kind === 'text').length;
					return { col: c.index, numbers, text };
				})
				.filter((s) => s.numbers > 0 && s.numbers >= s.text)
				.sort((a, b) => b.numbers - a.numbers)[0];
			if (candidate) byRole.set('value', candidate.col);
		}
	}

	const columnName = (col: number) => table.columns[col]?.name ?? String(col + 1);
	if (!byRole.has('country')) {
		notices.push(
			notice(
				'error',
				'no-country-column',
				`No column holds country names or codes (looked for headers such as "Country", "Entity", "ประเทศ" and for ASEAN names in the cells). Add a country column or choose it by hand.`,
				{ line: table.headerLine }
			)
		);
	}
	if (shape === 'long' && !byRole.has('year')) {
		notices.push(
			notice(
				'error',
				'no-year-column',
				'No year column found: neither a "Year"/"ปี" header nor columns named by year (1990, 2015 [YR2015]). Add one or choose it by hand.',
				{ line: table.headerLine }
			)
		);
	}
	if (shape === 'long' && !byRole.has('value')) {
		notices.push(
			notice(
				'error',
				'no-value-column',
				'No column of numbers to import was found. Choose the value column by hand.',
				{
					line: table.headerLine
				}
			)
		);
	}

	let indicatorName: string | undefined;
	let indicatorSource: IndicatorSource | null =
		byRole.has('indicator') || byRole.has('indicatorCode') || yearColumns.some((y) => y.indicator)
			? 'column'
			: null;
	if (!indicatorSource) {
		const valueCol = byRole.get('value');
		const valueHeader = valueCol === undefined ? '' : table.columns[valueCol].header.trim();
		if (
			shape === 'long' &&
			valueHeader &&
			roleByHeader(table.columns[valueCol as number]) !== 'value'
		) {
			indicatorName = valueHeader;
			indicatorSource = 'value-header';
		} else {
			indicatorName = options.indicatorName?.trim() || valueHeader || 'Uploaded indicator';
			indicatorSource = 'given';
			notices.push(
				notice(
					'info',
					'indicator-from-file-name',
					`No column names the indicator, so every value is filed under "${indicatorName}".`,
					{ params: { indicator: indicatorName } }
				)
			);
		}
	}

	const used = taken();
	const unused = usable.filter((c) => !used.has(c.index) && !c.empty).map((c) => c.index);
	if (unused.length) {
		const list = summariseColumns(unused.map(columnName));
		notices.push(
			notice(
				'info',
				'unused-columns',
				`Not imported: column${unused.length === 1 ? '' : 's'} ${list}.`,
				{ params: { columns: list, count: unused.length } }
			)
		);
	}

	const ok = !notices.some((n) => n.level === 'error');
	const draft: ColumnMapping = {
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
	const mapping = ok ? draft : null;

	notices.unshift(
		notice(
			'info',
			shape === 'wide' ? 'shape-wide' : 'shape-long',
			shape === 'wide'
				? `One column per year (${yearColumns.length} year columns, ${yearColumns[0]?.year ?? ''}–${yearColumns.at(-1)?.year ?? ''}).`
				: 'One row per observation (a year column and a value column).',
			{
				params: {
					yearColumns: yearColumns.length,
					from: yearColumns[0]?.year ?? '',
					to: yearColumns.at(-1)?.year ?? ''
				}
			}
		)
	);
	return { ok, shape, mapping, draft, indicatorSource, unused, notices };
}

/** `IND001 2000`, `SP.POP.TOTL_2015`, `Poverty rate 2019`: an indicator and a year in one header. */
export function indicatorYearHeader(header: string): Omit<YearColumn, 'col'> | null {
	const match = /^(.*?\S)[\s_:|-]+(?:\[?YR)?(\d{4})\]?$/i.exec(header.trim());
	if (!match) return null;
	const year = parseYear(match[2]);
	return year.ok ? { indicator: match[1], year: year.year, era: year.era } : null;
}

/** A list of column names that stays short: `5,000 columns: "A 2000" … "Z 2009"` beyond ten. */
export function summariseColumns(names: readonly string[], keep = 10): string {
	const quoted = (name: string) => `"${name.length > 40 ? `${name.slice(0, 39)}…` : name}"`;
	if (names.length <= keep) return names.map(quoted).join(', ');
	return `${names.length.toLocaleString('en-US')} columns: ${quoted(names[0])} … ${quoted(names.at(-1)!)}`;
}
