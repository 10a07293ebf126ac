import type { Text } from './catalog/types';

/**
 * Every flag an observation can carry. An empty flag means the publisher marks the value as
 * ordinary country data. Kept in sync with methodology.md ("Flags").
 */
export const FLAGS: Record<string, { label: Text; description: Text }> = {
	'country-adjusted': {
		label: { en: 'Adjusted country data', th: 'ข้อมูลของประเทศที่ได้รับการปรับ' },
		description: {
			en: 'Country data adjusted by the international agency for comparability (SDG nature code CA).',
			th: 'ข้อมูลของประเทศที่หน่วยงานระหว่างประเทศปรับเพื่อให้เปรียบเทียบกันได้ (รหัสลักษณะข้อมูล SDG: CA)'
		}
	},
	estimate: {
		label: { en: 'Estimate', th: 'ค่าประมาณ' },
		description: {
			en: 'Estimated by the international agency, not a direct national figure (SDG nature code E).',
			th: 'ค่าประมาณโดยหน่วยงานระหว่างประเทศ ไม่ใช่ตัวเลขที่ประเทศรายงานโดยตรง (รหัสลักษณะข้อมูล SDG: E)'
		}
	},
	'global-monitoring': {
		label: { en: 'Global monitoring data', th: 'ข้อมูลการติดตามระดับโลก' },
		description: {
			en: 'Produced by the custodian agency for global monitoring, e.g. from a global survey (SDG nature code G).',
			th: 'ข้อมูลที่หน่วยงานผู้รับผิดชอบจัดทำขึ้นเพื่อการติดตามระดับโลก เช่น จากการสำรวจระดับโลก (รหัสลักษณะข้อมูล SDG: G)'
		}
	},
	modelled: {
		label: { en: 'Modelled', th: 'ค่าจากแบบจำลอง' },
		description: {
			en: 'Modelled by the international agency where country data are missing (SDG nature code M).',
			th: 'ค่าที่หน่วยงานระหว่างประเทศคำนวณจากแบบจำลองเมื่อไม่มีข้อมูลของประเทศ (รหัสลักษณะข้อมูล SDG: M)'
		}
	},
	'low-reliability': {
		label: { en: 'Low reliability', th: 'ความน่าเชื่อถือต่ำ' },
		description: {
			en: 'The publisher marks this value as of low reliability, e.g. a small sample (SDG observation status U).',
			th: 'ผู้เผยแพร่ระบุว่าค่านี้มีความน่าเชื่อถือต่ำ เช่น มาจากกลุ่มตัวอย่างขนาดเล็ก (สถานะข้อมูล SDG: U)'
		}
	},
	'period-midpoint': {
		label: { en: 'Five-year period', th: 'ค่าของช่วง 5 ปี' },
		description: {
			en: 'Value for a five-year period, shown at the reference year the publisher gives (e.g. 2015–2020 shown as 2018).',
			th: 'ค่าของช่วงเวลา 5 ปี แสดงไว้ที่ปีอ้างอิงตามที่ผู้เผยแพร่กำหนด (เช่น ช่วง พ.ศ. 2558–2563 แสดงเป็น พ.ศ. 2561)'
		}
	}
};

/** SDG `nature` codes (decoded via ddf--entities--nature.csv) → flag; undefined = drop the row. */
const SDG_NATURE: Record<string, string | undefined> = {
	C: '',
	NOTSPEC: '',
	CA: 'country-adjusted',
	E: 'estimate',
	G: 'global-monitoring',
	M: 'modelled',
	// N = "non-relevant": the SDG database marks the series as not applicable; not a value
	N: undefined
};

/** Gender-portal `nature=` wording (lower-cased) → flag. */
const PORTAL_NATURE: Record<string, string> = {
	'country data': '',
	'country adjusted': 'country-adjusted',
	estimated: 'estimate',
	'global monitoring data': 'global-monitoring',
	modelled: 'modelled',
	modeled: 'modelled'
};

/**
 * SDG `observation_status` (2023 vintage) → flag; A is a normal value. Any other status stops the
 * build until someone decides what it means for the chart.
 */
const SDG_STATUS: Record<string, string> = { A: '', U: 'low-reliability' };

export function flagFromSdgStatus(code: string, where: string): string {
	const flag = SDG_STATUS[code];
	if (flag === undefined) throw new Error(`${where}: unknown SDG observation status "${code}"`);
	return flag;
}

export function flagFromSdgNature(code: string, where: string): string | undefined {
	if (!(code in SDG_NATURE)) throw new Error(`${where}: unknown SDG nature code "${code}"`);
	return SDG_NATURE[code];
}

export function flagFromPortalNature(note: Record<string, string>, where: string): string {
	if (note.nature !== undefined) {
		const flag = PORTAL_NATURE[note.nature.toLowerCase()];
		if (flag === undefined) throw new Error(`${where}: unknown nature "${note.nature}" in note`);
		return flag;
	}
	if (note.nature_code !== undefined) {
		const flag = flagFromSdgNature(note.nature_code.toUpperCase(), where);
		if (flag === undefined)
			throw new Error(`${where}: nature_code ${note.nature_code} is not a value`);
		return flag;
	}
	return '';
}
