import {
	POPULATION_SHARE_UNIT,
	populationShareAttribution,
	populationShareExtract
} from './population';
import {
	PORTAL_FILE,
	fastTrackFile,
	fromGapminder,
	fromGenderPortal,
	fromSdg,
	sdgFile,
	systemaGlobalisFile
} from './sources';
import type { IndicatorSpec, Text } from './types';

const MODELLED_GROWTH_CAVEAT: Text = {
	en: 'Modelled annual estimates of the UNICEF/WHO/World Bank Joint Malnutrition Estimates (country model fitted to the surveys), as the SDG database reports them since 2021; they differ from the survey values of earlier releases.',
	th: 'เป็นค่าประมาณรายปีจากแบบจำลองของคณะทำงานร่วม UNICEF/WHO/ธนาคารโลก (แบบจำลองรายประเทศที่ปรับเข้ากับผลการสำรวจ) ตามที่ฐานข้อมูล SDG รายงานตั้งแต่ปี พ.ศ. 2564 ซึ่งแตกต่างจากค่าจากการสำรวจในฉบับก่อนหน้า'
};

const CHILD_GROWTH_CAVEAT: Text = {
	en: 'Survey-based, adjusted by the UNICEF/WHO/World Bank Joint Malnutrition Estimates; survey years differ by country.',
	th: 'เป็นข้อมูลจากการสำรวจที่ปรับโดยคณะทำงานร่วม UNICEF/WHO/ธนาคารโลก ปีที่สำรวจแตกต่างกันในแต่ละประเทศ'
};

const COMPLETION_CAVEAT: Text = {
	en: 'From household surveys; survey years differ by country.',
	th: 'จากข้อมูลการสำรวจครัวเรือน ปีที่สำรวจแตกต่างกันในแต่ละประเทศ'
};

function malnutrition(
	id: string,
	series: string,
	by: string,
	slice: Record<string, string>,
	name: Text,
	definition: Text,
	sdgCode: string,
	caveat: Text
): IndicatorSpec {
	return {
		id,
		group: 'children',
		name,
		unit: { en: '% of children under 5', th: 'ร้อยละของเด็กอายุต่ำกว่า 5 ปี' },
		definition,
		decimals: 1,
		direction: 'lower-is-better',
		...fromSdg('UNICEF, WHO and World Bank (Joint Malnutrition Estimates)', series, '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile(series, by, '2023'),
			slice: { age: '<5Y', units: 'PER_POP_U5', ...slice },
			sex: 'total'
		},
		caveat,
		tags: [sdgCode, series.toUpperCase(), caveat === CHILD_GROWTH_CAVEAT ? 'survey' : 'modelled']
	};
}

function completion(id: string, isced: string, level: Text): IndicatorSpec {
	return {
		id,
		group: 'children',
		name: {
			en: `Completion rate, ${level.en}`,
			th: `อัตราการสำเร็จการศึกษาระดับ${level.th}`
		},
		unit: {
			en: '% of children 3–5 years above the graduation age',
			th: 'ร้อยละของเด็กที่มีอายุสูงกว่าอายุตามเกณฑ์จบการศึกษา 3–5 ปี'
		},
		definition: {
			en: `Percentage of children aged 3–5 years above the intended age for the last grade of ${level.en} who have completed that grade (SDG 4.1.2, UNESCO-UIS from household surveys).`,
			th: `ร้อยละของเด็กที่มีอายุสูงกว่าอายุตามเกณฑ์ของชั้นปีสุดท้ายของระดับ${level.th} 3–5 ปี ซึ่งสำเร็จการศึกษาชั้นปีสุดท้ายนั้นแล้ว (ตัวชี้วัด SDG 4.1.2 ของ UNESCO-UIS จากข้อมูลการสำรวจครัวเรือน)`
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromGenderPortal('UNESCO Institute for Statistics (UIS)', 'SE_TOT_CPLR'),
		extract: {
			from: 'tidy',
			file: PORTAL_FILE,
			seriesCode: 'SE_TOT_CPLR',
			// Primary and lower-secondary share the code; the note keys carry the other dimensions
			note: { education_level: isced, location: 'all areas', wealth: 'all wealth quintiles' }
		},
		caveat: COMPLETION_CAVEAT,
		tags: ['SDG 4.1.2', 'survey']
	};
}

export const CHILDREN: IndicatorSpec[] = [
	{
		id: 'under-five-mortality',
		group: 'children',
		name: {
			en: 'Under-five mortality rate (per 1,000 live births)',
			th: 'อัตราการตายของเด็กอายุต่ำกว่า 5 ปี (ต่อการเกิดมีชีพ 1,000 คน)'
		},
		unit: { en: 'deaths per 1,000 live births', th: 'ต่อการเกิดมีชีพ 1,000 คน' },
		definition: {
			en: 'Probability of dying between birth and exactly five years of age, expressed per 1,000 live births (UN IGME estimates).',
			th: 'ความน่าจะเป็นที่เด็กจะเสียชีวิตก่อนอายุครบ 5 ปี คิดต่อการเกิดมีชีพ 1,000 คน (ค่าประมาณของกลุ่มความร่วมมือระหว่างหน่วยงานของสหประชาชาติด้านการประมาณการตายของเด็ก: UN IGME)'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromGapminder(
			'systema-globalis',
			'UN Inter-agency Group for Child Mortality Estimation (UN IGME)',
			'https://www.childmortality.org/',
			'under_five_mortality_from_cme_per_1000_born'
		),
		extract: {
			from: 'gapminder',
			files: { total: systemaGlobalisFile('under_five_mortality_from_cme_per_1000_born') }
		},
		caveat: {
			en: 'Model-based estimates by UN IGME; early years rest on few data points.',
			th: 'เป็นค่าประมาณจากแบบจำลองของ UN IGME ข้อมูลปีแรก ๆ อ้างอิงข้อมูลจริงจำนวนน้อย'
		},
		tags: ['SDG 3.2.1', 'estimate']
	},
	{
		id: 'neonatal-mortality',
		group: 'children',
		name: {
			en: 'Neonatal mortality rate (per 1,000 live births)',
			th: 'อัตราการตายของทารกแรกเกิด (ต่อการเกิดมีชีพ 1,000 คน)'
		},
		unit: { en: 'deaths per 1,000 live births', th: 'ต่อการเกิดมีชีพ 1,000 คน' },
		definition: {
			en: 'Number of children dying within the first 28 days of life per 1,000 live births (UN IGME estimates).',
			th: 'จำนวนทารกที่เสียชีวิตภายใน 28 วันแรกหลังคลอด ต่อการเกิดมีชีพ 1,000 คน (ค่าประมาณของ UN IGME)'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromGapminder(
			'systema-globalis',
			'UN Inter-agency Group for Child Mortality Estimation (UN IGME)',
			'https://www.childmortality.org/',
			'newborn_mortality_rate_per_1000'
		),
		extract: {
			from: 'gapminder',
			files: { total: systemaGlobalisFile('newborn_mortality_rate_per_1000') }
		},
		caveat: {
			en: 'Model-based estimates by UN IGME.',
			th: 'เป็นค่าประมาณจากแบบจำลองของ UN IGME'
		},
		tags: ['SDG 3.2.2', 'estimate']
	},
	{
		id: 'infant-mortality',
		group: 'children',
		name: {
			en: 'Infant mortality rate (per 1,000 live births)',
			th: 'อัตราการตายของทารก (ต่อการเกิดมีชีพ 1,000 คน)'
		},
		unit: { en: 'deaths per 1,000 live births', th: 'ต่อการเกิดมีชีพ 1,000 คน' },
		definition: {
			en: 'Probability of dying between birth and exactly one year of age, per 1,000 live births (UN IGME estimates).',
			th: 'ความน่าจะเป็นที่ทารกจะเสียชีวิตก่อนอายุครบ 1 ปี คิดต่อการเกิดมีชีพ 1,000 คน (ค่าประมาณของ UN IGME)'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromSdg(
			'UN Inter-agency Group for Child Mortality Estimation (UN IGME)',
			'sh_dyn_imrt',
			'2023'
		),
		extract: {
			from: 'sdg',
			file: sdgFile('sh_dyn_imrt', 'age--geo_area--nature--sex--units', '2023'),
			slice: { age: '<1Y', units: 'PER_1000_LIVE_BIRTHS' }
		},
		tags: ['SDG 3.2.1', 'SH_DYN_IMRT', 'estimate']
	},
	{
		id: 'measles-immunisation',
		group: 'children',
		name: {
			en: 'Measles immunisation coverage (first dose)',
			th: 'ความครอบคลุมการได้รับวัคซีนป้องกันโรคหัด เข็มที่ 1'
		},
		unit: { en: '% of children under 1', th: 'ร้อยละของเด็กอายุต่ำกว่า 1 ปี' },
		definition: {
			en: 'Percentage of children under one year of age who have received at least one dose of measles-containing vaccine (WHO/UNICEF estimates of national immunization coverage).',
			th: 'ร้อยละของเด็กอายุต่ำกว่า 1 ปีที่ได้รับวัคซีนที่มีส่วนประกอบของวัคซีนป้องกันโรคหัดอย่างน้อย 1 เข็ม (ค่าประมาณความครอบคลุมการได้รับวัคซีนระดับประเทศของ WHO/UNICEF)'
		},
		decimals: 0,
		direction: 'higher-is-better',
		...fromGapminder(
			'fasttrack',
			'WHO/UNICEF Estimates of National Immunization Coverage (WUENIC)',
			'http://gapm.io/dvacc_for_1yr',
			'mcv1_vacc'
		),
		extract: { from: 'gapminder', files: { total: fastTrackFile('mcv1_vacc', 'country') } },
		tags: ['WUENIC', 'estimate']
	},
	{
		id: 'dtp3-immunisation',
		group: 'children',
		name: {
			en: 'DTP3 immunisation coverage',
			th: 'ความครอบคลุมการได้รับวัคซีนรวมคอตีบ-บาดทะยัก-ไอกรน ครบ 3 เข็ม (DTP3)'
		},
		unit: { en: '% of one-year-olds', th: 'ร้อยละของเด็กอายุ 1 ปี' },
		definition: {
			en: 'Percentage of one-year-olds who have received three doses of the combined diphtheria, tetanus toxoid and pertussis vaccine (WHO/UNICEF estimates).',
			th: 'ร้อยละของเด็กอายุ 1 ปีที่ได้รับวัคซีนรวมป้องกันโรคคอตีบ บาดทะยัก และไอกรน ครบ 3 เข็ม (ค่าประมาณของ WHO/UNICEF)'
		},
		decimals: 0,
		direction: 'higher-is-better',
		...fromGapminder(
			'fasttrack',
			'WHO/UNICEF Estimates of National Immunization Coverage (WUENIC)',
			'http://gapm.io/dvacc_for_1yr',
			'dtp3_vacc'
		),
		extract: { from: 'gapminder', files: { total: fastTrackFile('dtp3_vacc', 'country') } },
		tags: ['SDG 3.b.1', 'WUENIC', 'estimate']
	},
	malnutrition(
		'stunting',
		// Renamed from sh_sta_stunt in the 2020 vintage
		'sh_sta_stnt',
		'age--geo_area--location--nature--observation_status--units',
		{ location: 'NOTSPEC' },
		{ en: 'Stunting among children under 5', th: 'ภาวะเตี้ยในเด็กอายุต่ำกว่า 5 ปี' },
		{
			en: 'Proportion of children under 5 whose height-for-age is more than two standard deviations below the median of the WHO Child Growth Standards (moderate or severe stunting).',
			th: 'ร้อยละของเด็กอายุต่ำกว่า 5 ปีที่มีส่วนสูงตามเกณฑ์อายุต่ำกว่าค่ามัธยฐานของมาตรฐานการเจริญเติบโตของเด็กขององค์การอนามัยโลกเกิน 2 ส่วนเบี่ยงเบนมาตรฐาน (ภาวะเตี้ยระดับปานกลางและรุนแรง)'
		},
		'SDG 2.2.1',
		MODELLED_GROWTH_CAVEAT
	),
	malnutrition(
		'wasting',
		// Renamed from sh_sta_waste in the 2020 vintage
		'sh_sta_wast',
		'age--freq--geo_area--location--nature--observation_status--sex--units',
		{ freq: 'NOTSPEC', location: 'NOTSPEC' },
		{ en: 'Wasting among children under 5', th: 'ภาวะผอมในเด็กอายุต่ำกว่า 5 ปี' },
		{
			en: 'Proportion of children under 5 whose weight-for-height is more than two standard deviations below the median of the WHO Child Growth Standards (moderate or severe wasting).',
			th: 'ร้อยละของเด็กอายุต่ำกว่า 5 ปีที่มีน้ำหนักตามเกณฑ์ส่วนสูงต่ำกว่าค่ามัธยฐานของมาตรฐานการเจริญเติบโตของเด็กขององค์การอนามัยโลกเกิน 2 ส่วนเบี่ยงเบนมาตรฐาน (ภาวะผอมระดับปานกลางและรุนแรง)'
		},
		'SDG 2.2.2',
		CHILD_GROWTH_CAVEAT
	),
	malnutrition(
		'overweight-under-five',
		// Renamed from sh_sta_ovrwgt in the 2020 vintage
		'sn_sta_ovwgt',
		'age--geo_area--location--nature--observation_status--sex--units',
		{ location: 'NOTSPEC' },
		{ en: 'Overweight among children under 5', th: 'ภาวะน้ำหนักเกินในเด็กอายุต่ำกว่า 5 ปี' },
		{
			en: 'Proportion of children under 5 whose weight-for-height is more than two standard deviations above the median of the WHO Child Growth Standards.',
			th: 'ร้อยละของเด็กอายุต่ำกว่า 5 ปีที่มีน้ำหนักตามเกณฑ์ส่วนสูงสูงกว่าค่ามัธยฐานของมาตรฐานการเจริญเติบโตของเด็กขององค์การอนามัยโลกเกิน 2 ส่วนเบี่ยงเบนมาตรฐาน'
		},
		'SDG 2.2.2',
		MODELLED_GROWTH_CAVEAT
	),
	{
		id: 'birth-registration',
		group: 'children',
		name: {
			en: 'Birth registration of children under 5',
			th: 'การจดทะเบียนการเกิดของเด็กอายุต่ำกว่า 5 ปี'
		},
		unit: { en: '% of children under 5', th: 'ร้อยละของเด็กอายุต่ำกว่า 5 ปี' },
		definition: {
			en: 'Proportion of children under 5 years of age whose births have been registered with a civil authority.',
			th: 'ร้อยละของเด็กอายุต่ำกว่า 5 ปีที่ได้รับการจดทะเบียนการเกิดกับหน่วยงานทะเบียนราษฎร'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromSdg('UNICEF', 'sg_reg_brth', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('sg_reg_brth', 'age--geo_area--nature--units', '2023'),
			// SDG 16.9.1 headline is under-5; one country reports under-1 only, left out
			slice: { age: '<5Y', units: 'PERCENT' },
			sex: 'total'
		},
		tags: ['SDG 16.9.1', 'SG_REG_BRTH', 'survey']
	},
	{
		id: 'population-aged-0-14-share',
		group: 'children',
		name: { en: 'Population aged 0–14', th: 'สัดส่วนประชากรอายุ 0–14 ปี' },
		unit: POPULATION_SHARE_UNIT,
		definition: {
			en: 'People aged 0–14 as a share of the total population; for female and male, as a share of all females or all males (UN World Population Prospects 2022, via Gapminder).',
			th: 'ประชากรอายุ 0–14 ปี คิดเป็นร้อยละของประชากรทั้งหมด สำหรับหญิงและชายคิดเป็นร้อยละของประชากรหญิงหรือประชากรชายทั้งหมด (World Population Prospects 2022 ของสหประชาชาติ ผ่าน Gapminder)'
		},
		decimals: 1,
		direction: 'neutral',
		...populationShareAttribution('0_14'),
		extract: populationShareExtract('0_14'),
		tags: ['population', 'WPP 2022']
	},
	{
		id: 'child-benefit-coverage',
		group: 'children',
		name: {
			en: 'Children covered by social protection benefits',
			th: 'เด็กที่ได้รับสิทธิประโยชน์ด้านการคุ้มครองทางสังคม'
		},
		unit: { en: '% of children', th: 'ร้อยละของเด็ก' },
		definition: {
			en: 'Proportion of children or households receiving child or family cash benefits (SDG 1.3.1, ILO World Social Protection Database).',
			th: 'ร้อยละของเด็กหรือครัวเรือนที่ได้รับเงินอุดหนุนบุตรหรือเงินช่วยเหลือครอบครัว (ตัวชี้วัด SDG 1.3.1 จากฐานข้อมูลการคุ้มครองทางสังคมโลกของ ILO)'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromSdg('International Labour Organization (ILO)', 'si_cov_chld', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('si_cov_chld', 'geo_area--nature--observation_status--sex--units', '2023'),
			slice: { units: 'PERCENT' }
		},
		tags: ['SDG 1.3.1', 'SI_COV_CHLD', 'social-protection']
	},
	{
		id: 'child-labour',
		group: 'children',
		name: {
			en: 'Children aged 5–17 engaged in economic activity',
			th: 'เด็กอายุ 5–17 ปีที่ทำงานเชิงเศรษฐกิจ'
		},
		unit: { en: '% of children aged 5–17', th: 'ร้อยละของเด็กอายุ 5–17 ปี' },
		definition: {
			en: 'Proportion of children aged 5–17 engaged in economic activity (SDG 8.7.1 series SL_TLF_CHLDEA, ILO and UNICEF).',
			th: 'ร้อยละของเด็กอายุ 5–17 ปีที่ทำงานเชิงเศรษฐกิจ (อนุกรมข้อมูล SL_TLF_CHLDEA ของตัวชี้วัด SDG 8.7.1 โดย ILO และ UNICEF)'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromSdg('ILO and UNICEF', 'sl_tlf_chldea', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('sl_tlf_chldea', 'age--geo_area--nature--sex--units', '2023'),
			slice: { age: '5-17', units: 'PERCENT' }
		},
		caveat: {
			en: 'Survey-based; survey years and questionnaires differ by country.',
			th: 'เป็นข้อมูลจากการสำรวจ ปีที่สำรวจและแบบสอบถามแตกต่างกันในแต่ละประเทศ'
		},
		tags: ['SDG 8.7.1', 'SL_TLF_CHLDEA', 'survey']
	},
	{
		id: 'pre-primary-participation',
		group: 'children',
		name: {
			en: 'Participation in organised learning one year before primary school',
			th: 'อัตราการเข้าร่วมการเรียนรู้อย่างเป็นระบบ 1 ปีก่อนเกณฑ์เข้าเรียนชั้นประถมศึกษา'
		},
		unit: {
			en: '% of children one year below primary entry age',
			th: 'ร้อยละของเด็กที่มีอายุต่ำกว่าเกณฑ์เข้าเรียนชั้นประถมศึกษา 1 ปี'
		},
		definition: {
			en: 'Participation rate in organized learning one year before the official primary entry age, by sex (SDG 4.2.2, UNESCO-UIS).',
			th: 'ร้อยละของเด็กที่มีอายุต่ำกว่าเกณฑ์เข้าเรียนชั้นประถมศึกษา 1 ปี ซึ่งเข้าร่วมการเรียนรู้อย่างเป็นระบบ จำแนกตามเพศ (ตัวชี้วัด SDG 4.2.2 ของ UNESCO-UIS)'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromSdg('UNESCO Institute for Statistics (UIS)', 'se_pre_partn', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('se_pre_partn', 'geo_area--nature--sex--units', '2023'),
			slice: { units: 'PERCENT' }
		},
		tags: ['SDG 4.2.2']
	},
	completion('primary-completion-rate', 'ISCED11_1', { en: 'primary education', th: 'ประถมศึกษา' }),
	completion('lower-secondary-completion-rate', 'ISCED11_2', {
		en: 'lower secondary education',
		th: 'มัธยมศึกษาตอนต้น'
	})
];
