import type { Role } from './header-names';
import type { TableShape, YearColumn } from './column-mapping';
import { notice, type Notice } from './notice';
import type { ParsedTable } from './parse';

/** Always first: which layout the file was read as. */
export function shapeNotice(shape: TableShape, yearColumns: readonly YearColumn[]): Notice {
	return notice(
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
	);
}

/** The errors for what detection could not find: each blocks the import until chosen by hand. */
export function missingColumnNotices(
	shape: TableShape,
	byRole: ReadonlyMap<Role, number>,
	headerLine: number
): Notice[] {
	const notices: Notice[] = [];
	if (!byRole.has('country')) {
		notices.push(
			notice(
				'error',
				'no-country-column',
				`No column holds country names or codes (looked for headers such as "Country", "Entity", "ประเทศ" and for ASEAN names in the cells). Add a country column or choose it by hand.`,
				{ line: headerLine }
			)
		);
	}
	if (shape === 'long' && !byRole.has('year')) {
		notices.push(
			notice(
				'error',
				'no-year-column',
				'No year column found: neither a "Year"/"ปี" header nor columns named by year (1990, 2015 [YR2015]). Add one or choose it by hand.',
				{ line: headerLine }
			)
		);
	}
	if (shape === 'long' && !byRole.has('value')) {
		notices.push(
			notice(
				'error',
				'no-value-column',
				'No column of numbers to import was found. Choose the value column by hand.',
				{ line: headerLine }
			)
		);
	}
	return notices;
}

export function indicatorNameNotice(indicatorName: string): Notice {
	return notice(
		'info',
		'indicator-from-file-name',
		`No column names the indicator, so every value is filed under "${indicatorName}".`,
		{ params: { indicator: indicatorName } }
	);
}

/** Columns with content the mapping leaves out are reported, never silently dropped. */
export function unusedColumnsNotices(table: ParsedTable, unused: readonly number[]): Notice[] {
	if (!unused.length) return [];
	const columnName = (col: number) => table.columns[col]?.name ?? String(col + 1);
	const list = summariseColumns(unused.map(columnName));
	return [
		notice(
			'info',
			'unused-columns',
			`Not imported: column${unused.length === 1 ? '' : 's'} ${list}.`,
			{
				params: { columns: list, count: unused.length }
			}
		)
	];
}

/** A list of column names that stays short: `5,000 columns: "A 2000" … "Z 2009"` beyond ten. */
export function summariseColumns(names: readonly string[], keep = 10): string {
	const quoted = (name: string) => `"${name.length > 40 ? `${name.slice(0, 39)}…` : name}"`;
	if (names.length <= keep) return names.map(quoted).join(', ');
	return `${names.length.toLocaleString('en-US')} columns: ${quoted(names[0])} … ${quoted(names.at(-1)!)}`;
}
