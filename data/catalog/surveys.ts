import type { Text } from './types';

/**
 * Readable names for the survey codes in ddi_disability/ddi_asean_national.csv (PROVENANCE.md,
 * section 8). A code missing here stops the build, so no figure is shown without its survey.
 */
export const DDI_SURVEYS: Record<string, Text> = {
	Cambodia_IPUMS_2019: {
		en: 'Cambodia General Population Census 2019 (IPUMS sample)',
		th: 'สำมะโนประชากรกัมพูชา พ.ศ. 2562 (ตัวอย่าง IPUMS)'
	},
	Cambodia_DHS_2014: {
		en: 'Cambodia Demographic and Health Survey 2014',
		th: 'การสำรวจประชากรและสุขภาพกัมพูชา พ.ศ. 2557'
	},
	Myanmar_IPUMS_2014: {
		en: 'Myanmar Population and Housing Census 2014 (IPUMS sample)',
		th: 'สำมะโนประชากรและเคหะเมียนมา พ.ศ. 2557 (ตัวอย่าง IPUMS)'
	},
	Philippines_Census_2020: {
		en: 'Philippines Census of Population and Housing 2020',
		th: 'สำมะโนประชากรและเคหะฟิลิปปินส์ พ.ศ. 2563'
	},
	'Timor-Leste_DHS_2016': {
		en: 'Timor-Leste Demographic and Health Survey 2016',
		th: 'การสำรวจประชากรและสุขภาพติมอร์-เลสเต พ.ศ. 2559'
	},
	Vietnam_IPUMS_2019: {
		en: 'Viet Nam Population and Housing Census 2019 (IPUMS sample)',
		th: 'สำมะโนประชากรและเคหะเวียดนาม พ.ศ. 2562 (ตัวอย่าง IPUMS)'
	},
	Vietnam_IPUMS_2009: {
		en: 'Viet Nam Population and Housing Census 2009 (IPUMS sample)',
		th: 'สำมะโนประชากรและเคหะเวียดนาม พ.ศ. 2552 (ตัวอย่าง IPUMS)'
	}
};
