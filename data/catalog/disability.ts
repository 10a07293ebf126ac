import { DDI_INDICATORS } from './ddi';
import { DISABILITY_FILE, fromDisabilityReported, fromSdg, sdgFile } from './sources';
import type { IndicatorSpec, Text } from './types';

const SINGLE_COUNTRY_CAVEAT: Text = {
	en: 'Philippines only, from a single national data source (survey or census); disability definitions and poverty lines differ between countries, so this is not a cross-country series.',
	th: 'มีข้อมูลเฉพาะฟิลิปปินส์จากแหล่งข้อมูลระดับประเทศเพียงแหล่งเดียว (การสำรวจหรือสำมะโน) นิยามความพิการและเส้นความยากจนแตกต่างกันในแต่ละประเทศ จึงไม่ใช่ข้อมูลสำหรับเปรียบเทียบระหว่างประเทศ'
};

const UNEMPLOYMENT_CAVEAT: Text = {
	en: 'Labour force surveys identify disability with different questions; compare with the rate for persons without disabilities within the same country and year.',
	th: 'การสำรวจภาวะการทำงานของแต่ละประเทศใช้คำถามระบุความพิการแตกต่างกัน ควรเปรียบเทียบกับอัตราของผู้ที่ไม่มีความพิการในประเทศและปีเดียวกัน'
};

function unemployment(withDisability: boolean): IndicatorSpec {
	const who: Text = withDisability
		? { en: 'persons with disabilities', th: 'คนพิการ' }
		: { en: 'persons without disabilities', th: 'ผู้ที่ไม่มีความพิการ' };
	// Thai reads "labour force with disabilities" as a relative clause, not "who are …"
	const clause = withDisability ? 'ที่เป็นคนพิการ' : 'ที่ไม่มีความพิการ';
	return {
		id: withDisability
			? 'unemployment-rate-with-disability'
			: 'unemployment-rate-without-disability',
		group: 'disability',
		name: { en: `Unemployment rate, ${who.en}`, th: `อัตราการว่างงานของ${who.th}` },
		unit: { en: `% of the labour force (${who.en})`, th: `ร้อยละของกำลังแรงงาน${clause}` },
		definition: {
			en: `Unemployed ${who.en} as a percentage of the labour force of ${who.en} (ILO, from national labour force surveys; SDG 8.5.2).`,
			th: `ผู้ว่างงาน${clause} คิดเป็นร้อยละของกำลังแรงงาน${clause} (ILO จากการสำรวจภาวะการทำงานของประชากรของแต่ละประเทศ ตัวชี้วัด SDG 8.5.2)`
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromSdg('International Labour Organization (ILO)', 'sl_tlf_uemdis', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile(
				'sl_tlf_uemdis',
				'disability_status--geo_area--nature--observation_status--sex--units',
				'2023'
			),
			// SDG codes: PD = persons with disability, PWD = persons without disability
			slice: { disability_status: withDisability ? 'PD' : 'PWD', units: 'PERCENT' }
		},
		caveat: UNEMPLOYMENT_CAVEAT,
		tags: ['SDG 8.5.2', 'SL_TLF_UEMDIS', 'labour']
	};
}

function adaptedSchools(id: string, level: string, name: Text): IndicatorSpec {
	return {
		id,
		group: 'disability',
		name: {
			en: `Schools with adapted infrastructure and materials for students with disabilities (${name.en})`,
			th: `โรงเรียนที่มีโครงสร้างพื้นฐานและสื่อที่ปรับให้เหมาะสมสำหรับนักเรียนพิการ (ระดับ${name.th})`
		},
		unit: { en: '% of schools', th: 'ร้อยละของโรงเรียน' },
		definition: {
			en: `Proportion of ${name.en} schools with access to adapted infrastructure and materials for students with disabilities (SDG 4.a.1, UNESCO-UIS).`,
			th: `ร้อยละของโรงเรียนระดับ${name.th}ที่มีโครงสร้างพื้นฐานและสื่อการเรียนที่ปรับให้เหมาะสมสำหรับนักเรียนพิการ (ตัวชี้วัด SDG 4.a.1 ของ UNESCO-UIS)`
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromSdg('UNESCO Institute for Statistics (UIS)', 'se_inf_dsbl', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('se_inf_dsbl', 'education_level--geo_area--nature--units', '2023'),
			slice: { education_level: level, units: 'PERCENT' },
			sex: 'total'
		},
		tags: ['SDG 4.a.1', 'SE_INF_DSBL', 'education']
	};
}

function philippinesPoverty(
	id: string,
	seriesCode: string,
	status: string,
	name: Text,
	unit: Text,
	definition: Text
): IndicatorSpec {
	return {
		id,
		group: 'disability',
		name,
		unit,
		definition,
		decimals: 1,
		direction: 'lower-is-better',
		...fromDisabilityReported('escap-mtrr-phl-2022', seriesCode),
		extract: { from: 'tidy', file: DISABILITY_FILE, seriesCode, disabilityStatus: status },
		comparable: false,
		caveat: SINGLE_COUNTRY_CAVEAT,
		tags: ['Incheon Strategy', 'single-country']
	};
}

export const DISABILITY: IndicatorSpec[] = [
	{
		id: 'disability-benefit-coverage',
		group: 'disability',
		name: {
			en: 'Persons with severe disabilities receiving disability cash benefits',
			th: 'คนพิการรุนแรงที่ได้รับเงินช่วยเหลือกรณีความพิการ'
		},
		unit: { en: '% of persons with severe disabilities', th: 'ร้อยละของคนพิการรุนแรง' },
		definition: {
			en: 'Proportion of persons with severe disabilities receiving disability cash benefits (SDG 1.3.1, ILO World Social Protection Database).',
			th: 'ร้อยละของคนพิการที่มีความพิการรุนแรงซึ่งได้รับประโยชน์ทดแทนที่เป็นตัวเงินกรณีความพิการ เช่น เบี้ยความพิการ (ตัวชี้วัด SDG 1.3.1 จากฐานข้อมูลการคุ้มครองทางสังคมโลกของ ILO)'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromSdg('International Labour Organization (ILO)', 'si_cov_disab', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('si_cov_disab', 'geo_area--nature--observation_status--sex--units', '2023'),
			slice: { units: 'PERCENT' }
		},
		breaks: [
			{
				iso3: 'VNM',
				year: 2020,
				note: {
					en: 'Break in method: the ILO World Social Protection Database measured Viet Nam differently from 2020 (9.0 % in 2017, 83.5 % in 2020). The two parts are not one trend.',
					th: 'วิธีวัดเปลี่ยน: ฐานข้อมูลการคุ้มครองทางสังคมโลกของ ILO วัดค่าของเวียดนามด้วยวิธีใหม่ตั้งแต่ปี พ.ศ. 2563 (ร้อยละ 9.0 ในปี พ.ศ. 2560 และร้อยละ 83.5 ในปี พ.ศ. 2563) ตัวเลขสองช่วงนี้จึงไม่ใช่แนวโน้มเดียวกัน'
				}
			}
		],
		tags: ['SDG 1.3.1', 'SI_COV_DISAB', 'social-protection']
	},
	unemployment(true),
	unemployment(false),
	adaptedSchools('schools-adapted-for-disabilities-primary', 'PRIMAR', {
		en: 'primary',
		th: 'ประถมศึกษา'
	}),
	adaptedSchools('schools-adapted-for-disabilities-lower-secondary', 'LOWSEC', {
		en: 'lower secondary',
		th: 'มัธยมศึกษาตอนต้น'
	}),
	adaptedSchools('schools-adapted-for-disabilities-upper-secondary', 'UPPSEC', {
		en: 'upper secondary',
		th: 'มัธยมศึกษาตอนปลาย'
	}),
	philippinesPoverty(
		'national-poverty-with-disability',
		'IS_1.1.1_NATPOV',
		'persons with disabilities',
		{
			en: 'Persons with disabilities below the national poverty line',
			th: 'คนพิการที่อยู่ใต้เส้นความยากจนของประเทศ'
		},
		{ en: '% of persons with disabilities', th: 'ร้อยละของคนพิการ' },
		{
			en: 'Percentage of persons with disabilities living below the national poverty line (Incheon Strategy indicator 1.1.1; Philippines FIES 2018 and LFS January 2019, as reported by ESCAP).',
			th: 'ร้อยละของคนพิการที่อยู่ใต้เส้นความยากจนของประเทศ (ตัวชี้วัด 1.1.1 ของยุทธศาสตร์อินชอน จากการสำรวจรายได้และรายจ่ายครัวเรือน พ.ศ. 2561 และการสำรวจภาวะการทำงานเดือนมกราคม พ.ศ. 2562 ของฟิลิปปินส์ ตามที่ ESCAP รายงาน)'
		}
	),
	philippinesPoverty(
		'national-poverty-without-disability',
		'IS_1.1.1_NATPOV',
		'persons without disabilities',
		{
			en: 'Persons without disabilities below the national poverty line',
			th: 'ผู้ที่ไม่มีความพิการซึ่งอยู่ใต้เส้นความยากจนของประเทศ'
		},
		{ en: '% of persons without disabilities', th: 'ร้อยละของผู้ที่ไม่มีความพิการ' },
		{
			en: 'Percentage of persons without disabilities living below the national poverty line (Incheon Strategy indicator 1.1.1; Philippines FIES 2018 and LFS January 2019, as reported by ESCAP).',
			th: 'ร้อยละของผู้ที่ไม่มีความพิการซึ่งอยู่ใต้เส้นความยากจนของประเทศ (ตัวชี้วัด 1.1.1 ของยุทธศาสตร์อินชอน จากการสำรวจรายได้และรายจ่ายครัวเรือน พ.ศ. 2561 และการสำรวจภาวะการทำงานเดือนมกราคม พ.ศ. 2562 ของฟิลิปปินส์ ตามที่ ESCAP รายงาน)'
		}
	),
	philippinesPoverty(
		'multidimensional-poverty-with-functional-difficulty',
		'IS_1.1.2_MPI_ADULT',
		'persons with functional difficulties',
		{
			en: 'Multidimensional poverty among adults with functional difficulties',
			th: 'ความยากจนหลายมิติในผู้ใหญ่ที่มีความลำบากในการทำกิจกรรม'
		},
		{
			en: '% of adults with functional difficulties',
			th: 'ร้อยละของผู้ใหญ่ที่มีความลำบากในการทำกิจกรรม'
		},
		{
			en: 'Multidimensional poverty headcount among adults with functional difficulties (Disability Data Initiative 2021, from the Philippines 2010 census, as reported by ESCAP).',
			th: 'ร้อยละของผู้ใหญ่ที่มีความลำบากในการทำกิจกรรมซึ่งอยู่ในภาวะยากจนหลายมิติ (Disability Data Initiative 2021 จากสำมะโนประชากรฟิลิปปินส์ พ.ศ. 2553 ตามที่ ESCAP รายงาน)'
		}
	),
	philippinesPoverty(
		'multidimensional-poverty-without-functional-difficulty',
		'IS_1.1.2_MPI_ADULT',
		'persons without functional difficulties',
		{
			en: 'Multidimensional poverty among adults without functional difficulties',
			th: 'ความยากจนหลายมิติในผู้ใหญ่ที่ไม่มีความลำบากในการทำกิจกรรม'
		},
		{
			en: '% of adults without functional difficulties',
			th: 'ร้อยละของผู้ใหญ่ที่ไม่มีความลำบากในการทำกิจกรรม'
		},
		{
			en: 'Multidimensional poverty headcount among adults without functional difficulties (Disability Data Initiative 2021, from the Philippines 2010 census, as reported by ESCAP).',
			th: 'ร้อยละของผู้ใหญ่ที่ไม่มีความลำบากในการทำกิจกรรมซึ่งอยู่ในภาวะยากจนหลายมิติ (Disability Data Initiative 2021 จากสำมะโนประชากรฟิลิปปินส์ พ.ศ. 2553 ตามที่ ESCAP รายงาน)'
		}
	),
	{
		id: 'disability-prevalence-reported',
		group: 'disability',
		name: {
			en: 'Disability prevalence as reported nationally',
			th: 'อัตราความชุกของความพิการตามที่รายงานในประเทศ'
		},
		unit: { en: '% of population', th: 'ร้อยละของประชากร' },
		definition: {
			en: 'Disability prevalence rate as quoted from a national report (Thailand: Annual Report of the Disabled People in Thailand 2021). The source does not say whether the rate is based on registration or a survey.',
			th: 'อัตราความชุกของความพิการตามที่อ้างจากรายงานระดับประเทศ (ประเทศไทย: รายงานประจำปีเกี่ยวกับคนพิการในประเทศไทย พ.ศ. 2564) แหล่งข้อมูลไม่ได้ระบุว่ามาจากการจดทะเบียนคนพิการหรือจากการสำรวจ'
		},
		decimals: 1,
		direction: 'neutral',
		...fromDisabilityReported('leonard-cheshire-ddp-2022', 'THA_DEP_DIS_RATE'),
		extract: { from: 'tidy', file: DISABILITY_FILE, seriesCode: 'THA_DEP_DIS_RATE' },
		comparable: false,
		caveat: {
			en: 'Definitions of disability (registration, census or survey questions) differ between sources and countries; never rank or compare these figures across countries.',
			th: 'นิยามความพิการ (การจดทะเบียน สำมะโน หรือคำถามในการสำรวจ) แตกต่างกันตามแหล่งข้อมูลและประเทศ ห้ามนำตัวเลขนี้ไปจัดอันดับหรือเปรียบเทียบระหว่างประเทศ'
		},
		tags: ['prevalence', 'single-country']
	},
	...DDI_INDICATORS
];
