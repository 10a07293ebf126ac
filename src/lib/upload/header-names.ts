import { normaliseLabel } from '../countries/match';
import type { Column } from './parse';

/** What a column can hold, as far as detection is concerned */
export type Role =
	'country' | 'countryCode' | 'year' | 'indicator' | 'indicatorCode' | 'value' | 'sex';

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

export function roleByHeader(column: Column): Role | null {
	const key = headerKey(column.header);
	if (key === '') return null;
	for (const role of Object.keys(headerSets) as Role[]) if (headerSets[role].has(key)) return role;
	if (/^(year|ปี)\b/.test(key) || /^ปี/.test(key)) return 'year';
	return null;
}

/** The column each header names a role for; when two name the same role, the first keeps it. */
export function rolesByHeader(columns: readonly Column[]): Map<Role, number> {
	const byRole = new Map<Role, number>();
	for (const column of columns) {
		const role = roleByHeader(column);
		if (role && !byRole.has(role)) byRole.set(role, column.index);
	}
	return byRole;
}
