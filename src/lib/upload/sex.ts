import { normaliseLabel } from '../countries/match';

export type Sex = 'total' | 'female' | 'male';

const SEX_LABELS: Record<Sex, readonly string[]> = {
	total: [
		't',
		'_t',
		'sex_t',
		'total',
		'both',
		'both sexes',
		'all',
		'all sexes',
		'persons',
		'รวม',
		'ทั้งหมด',
		'ทั้งสองเพศ',
		'รวมทั้งสองเพศ'
	],
	female: [
		'f',
		'sex_f',
		'female',
		'females',
		'women',
		'woman',
		'girls',
		'หญิง',
		'เพศหญิง',
		'ผู้หญิง',
		'สตรี'
	],
	male: ['m', 'sex_m', 'male', 'males', 'men', 'man', 'boys', 'ชาย', 'เพศชาย', 'ผู้ชาย', 'บุรุษ']
};

const bySex = new Map<string, Sex>();
for (const sex of Object.keys(SEX_LABELS) as Sex[]) {
	for (const label of SEX_LABELS[sex]) bySex.set(normaliseLabel(label), sex);
}

/** Reads a sex cell (`F`, `_T`, `Both sexes`, `หญิง`, `SEX_M` …); null when it is none of them. */
export function parseSex(raw: string): Sex | null {
	return bySex.get(normaliseLabel(raw)) ?? null;
}
