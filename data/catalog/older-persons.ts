import {
	POPULATION_SHARE_UNIT,
	populationCountAttribution,
	populationCountExtract,
	populationShareAttribution,
	populationShareExtract
} from './population';
import {
	HDR_FILE,
	PORTAL_FILE,
	fromGapminder,
	fromGenderPortal,
	fromHdr,
	fromSdg,
	sdgFile,
	systemaGlobalisFile
} from './sources';
import type { IndicatorSpec } from './types';

const LFPR_65 = {
	total: 'aged_65plus_labour_force_participation_rate_percent',
	female: 'females_aged_65plus_labour_force_participation_rate_percent',
	male: 'males_aged_65plus_labour_force_participation_rate_percent'
};

const SCHOOLING_65 = {
	female: 'mean_years_in_school_women_65_plus_years',
	male: 'mean_years_in_school_men_65_plus_years'
};

/** Share and number of people at or above an age threshold (60, 65, 70). */
function agedPopulation(age: 60 | 65 | 70): IndicatorSpec[] {
	const key = `${age}plus`;
	return [
		{
			id: `population-aged-${age}-plus-share`,
			group: 'older-persons',
			name: {
				en: `Population aged ${age} and over (share)`,
				th: `สัดส่วนประชากรอายุ ${age} ปีขึ้นไป`
			},
			unit: POPULATION_SHARE_UNIT,
			definition: {
				en: `People aged ${age} and over as a share of the total population; for female and male, as a share of all females or all males (UN World Population Prospects 2022, via Gapminder).`,
				th: `ประชากรอายุ ${age} ปีขึ้นไป คิดเป็นร้อยละของประชากรทั้งหมด สำหรับหญิงและชายคิดเป็นร้อยละของประชากรหญิงหรือประชากรชายทั้งหมด (World Population Prospects 2022 ของสหประชาชาติ ผ่าน Gapminder)`
			},
			decimals: 1,
			direction: 'neutral',
			...populationShareAttribution(key),
			extract: populationShareExtract(key),
			tags: ['population', 'ageing', 'WPP 2022']
		},
		{
			id: `population-aged-${age}-plus`,
			group: 'older-persons',
			name: {
				en: `Population aged ${age} and over (number)`,
				th: `จำนวนประชากรอายุ ${age} ปีขึ้นไป`
			},
			unit: { en: 'persons', th: 'คน' },
			definition: {
				en: `Total number of people aged ${age} and over (UN World Population Prospects 2022, via Gapminder).`,
				th: `จำนวนประชากรอายุ ${age} ปีขึ้นไปทั้งหมด (World Population Prospects 2022 ของสหประชาชาติ ผ่าน Gapminder)`
			},
			decimals: 0,
			direction: 'neutral',
			...populationCountAttribution(key),
			extract: populationCountExtract(key),
			tags: ['population', 'ageing', 'WPP 2022'],
			scale: 'log'
		}
	];
}

export const OLDER_PERSONS: IndicatorSpec[] = [
	...agedPopulation(60),
	...agedPopulation(65),
	...agedPopulation(70),
	{
		id: 'labour-force-participation-65-plus',
		group: 'older-persons',
		name: {
			en: 'Labour force participation rate, ages 65+',
			th: 'อัตราการมีส่วนร่วมในกำลังแรงงานของประชากรอายุ 65 ปีขึ้นไป'
		},
		unit: { en: '% of population aged 65+', th: 'ร้อยละของประชากรอายุ 65 ปีขึ้นไป' },
		definition: {
			en: 'Share of the population aged 65 and older that is economically active: employed or unemployed and looking for work (ILO modelled estimates).',
			th: 'ร้อยละของประชากรอายุ 65 ปีขึ้นไปที่อยู่ในกำลังแรงงาน คือผู้มีงานทำและผู้ว่างงานที่กำลังหางานทำ (ค่าประมาณจากแบบจำลองของ ILO)'
		},
		decimals: 1,
		// High participation in old age can mean choice or lack of income security
		direction: 'neutral',
		...fromGapminder(
			'systema-globalis',
			'International Labour Organization (ILOSTAT)',
			'https://www.ilo.org/ilostat/',
			[LFPR_65.total, LFPR_65.female, LFPR_65.male]
		),
		extract: {
			from: 'gapminder',
			files: {
				total: systemaGlobalisFile(LFPR_65.total),
				female: systemaGlobalisFile(LFPR_65.female),
				male: systemaGlobalisFile(LFPR_65.male)
			},
			// ILO modelled estimates run to 2026; the latest years are projections/nowcasts
			lastObservedYear: 2023
		},
		caveat: {
			en: 'ILO modelled estimates; years after 2023 are ILO projections and are not shown.',
			th: 'เป็นค่าประมาณจากแบบจำลองของ ILO ไม่แสดงปีหลัง พ.ศ. 2566 (ค.ศ. 2023) ซึ่งเป็นค่าคาดการณ์'
		},
		tags: ['ILO', 'modelled']
	},
	{
		id: 'pension-coverage',
		group: 'older-persons',
		name: {
			en: 'Older persons receiving a pension',
			th: 'ผู้สูงอายุที่ได้รับบำนาญ'
		},
		unit: {
			en: '% of population above statutory pensionable age',
			th: 'ร้อยละของประชากรที่มีอายุเกินเกณฑ์รับบำนาญตามกฎหมาย'
		},
		definition: {
			en: 'Proportion of the population above statutory pensionable age receiving an old-age pension, contributory or non-contributory (SDG 1.3.1, ILO World Social Protection Database).',
			th: 'ร้อยละของประชากรที่มีอายุเกินเกณฑ์รับบำนาญตามกฎหมายซึ่งได้รับบำนาญชราภาพ ทั้งแบบที่ต้องจ่ายเงินสมทบและแบบไม่ต้องจ่ายเงินสมทบ (ตัวชี้วัด SDG 1.3.1 จากฐานข้อมูลการคุ้มครองทางสังคมโลกของ ILO)'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromSdg('International Labour Organization (ILO)', 'si_cov_pensn', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('si_cov_pensn', 'geo_area--nature--observation_status--sex--units', '2023'),
			slice: { units: 'PERCENT' }
		},
		tags: ['SDG 1.3.1', 'SI_COV_PENSN', 'social-protection']
	},
	{
		id: 'life-expectancy',
		group: 'older-persons',
		name: { en: 'Life expectancy at birth', th: 'อายุคาดเฉลี่ยเมื่อแรกเกิด' },
		unit: { en: 'years', th: 'ปี' },
		definition: {
			en: 'Number of years a newborn infant could expect to live if prevailing patterns of age-specific mortality rates at the time of birth stay the same throughout its life (UN World Population Prospects 2022, as published by UNDP).',
			th: 'จำนวนปีโดยเฉลี่ยที่ทารกแรกเกิดคาดว่าจะมีชีวิตอยู่ หากแบบแผนอัตราการตายตามอายุ ณ ปีที่เกิดคงเดิมตลอดช่วงชีวิต (World Population Prospects 2022 ของสหประชาชาติ ตามที่ UNDP เผยแพร่)'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromHdr(['le', 'le_f', 'le_m']),
		extract: {
			from: 'undp-hdr',
			file: HDR_FILE,
			columns: { total: 'le', female: 'le_f', male: 'le_m' },
			// WPP 2022 estimates end in 2021; the HDR's 2022 values are WPP projections
			lastObservedYear: 2021
		},
		tags: ['HDR', 'WPP 2022']
	},
	{
		id: 'life-expectancy-at-60',
		group: 'older-persons',
		name: { en: 'Life expectancy at age 60', th: 'อายุคาดเฉลี่ยเมื่ออายุ 60 ปี' },
		unit: { en: 'years', th: 'ปี' },
		definition: {
			en: 'Average number of additional years a person aged 60 could expect to live if current age-specific mortality rates persist (UN World Population Prospects estimates for five-year periods).',
			th: 'จำนวนปีโดยเฉลี่ยที่ผู้มีอายุ 60 ปีคาดว่าจะมีชีวิตอยู่ต่อไป หากอัตราการตายตามอายุคงเดิม (ค่าประมาณรายช่วง 5 ปีจาก World Population Prospects ของสหประชาชาติ)'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromGenderPortal('UN DESA Population Division', 'MINSET_Sc5db0b34'),
		extract: {
			from: 'tidy',
			file: PORTAL_FILE,
			seriesCode: 'MINSET_Sc5db0b34',
			// Each value covers a five-year period (note time_detail, e.g. 2015-2020 shown as 2018)
			flag: 'period-midpoint'
		},
		caveat: {
			en: 'Five-year period estimates: each point covers the five years around the year shown.',
			th: 'เป็นค่าประมาณรายช่วง 5 ปี แต่ละจุดแทนช่วงเวลา 5 ปีรอบปีที่แสดง'
		},
		tags: ['minimum-set', 'estimate']
	},
	{
		id: 'out-of-pocket-health-spending',
		group: 'older-persons',
		name: {
			en: 'Out-of-pocket share of health spending',
			th: 'สัดส่วนรายจ่ายด้านสุขภาพที่ครัวเรือนจ่ายเอง (out-of-pocket)'
		},
		unit: { en: '% of total health spending', th: 'ร้อยละของรายจ่ายด้านสุขภาพทั้งหมด' },
		definition: {
			en: 'Proportion of total health expenditure paid directly out-of-pocket by individuals (WHO Global Health Expenditure Database).',
			th: 'ร้อยละของรายจ่ายด้านสุขภาพทั้งหมดที่ครัวเรือนหรือบุคคลจ่ายเองโดยตรง ณ จุดรับบริการ (ฐานข้อมูลรายจ่ายด้านสุขภาพโลกขององค์การอนามัยโลก)'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromGapminder(
			'systema-globalis',
			'World Health Organization (WHO), Global Health Observatory',
			'https://www.who.int/data/gho',
			'out_of_pocket_share_of_total_health_spending_percent'
		),
		extract: {
			from: 'gapminder',
			files: { total: systemaGlobalisFile('out_of_pocket_share_of_total_health_spending_percent') }
		},
		tags: ['health-financing']
	},
	{
		id: 'mean-years-of-schooling-65-plus',
		group: 'older-persons',
		name: {
			en: 'Mean years of schooling, ages 65+',
			th: 'จำนวนปีการศึกษาเฉลี่ยของประชากรอายุ 65 ปีขึ้นไป'
		},
		unit: { en: 'years', th: 'ปี' },
		definition: {
			en: 'Average number of years of school attended, including primary, secondary and tertiary education, by women and men aged 65 and older (IHME estimates).',
			th: 'จำนวนปีเฉลี่ยที่ได้รับการศึกษา รวมระดับประถมศึกษา มัธยมศึกษา และอุดมศึกษา ของหญิงและชายอายุ 65 ปีขึ้นไป (ค่าประมาณของ IHME)'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromGapminder(
			'systema-globalis',
			'Institute for Health Metrics and Evaluation (IHME), Global Educational Attainment Distributions',
			'http://ghdx.healthdata.org/record/global-educational-attainment-1970-2015',
			[SCHOOLING_65.female, SCHOOLING_65.male]
		),
		extract: {
			from: 'gapminder',
			files: {
				female: systemaGlobalisFile(SCHOOLING_65.female),
				male: systemaGlobalisFile(SCHOOLING_65.male)
			}
		},
		caveat: {
			en: 'IHME estimates; the series ends in 2015.',
			th: 'เป็นค่าประมาณของ IHME ข้อมูลสิ้นสุดที่ พ.ศ. 2558 (ค.ศ. 2015)'
		},
		tags: ['education', 'estimate']
	},
	{
		id: 'suicide-rate-65-74',
		group: 'older-persons',
		name: {
			en: 'Suicide mortality rate, ages 65–74 (per 100,000)',
			th: 'อัตราการเสียชีวิตจากการฆ่าตัวตาย อายุ 65–74 ปี (ต่อประชากร 100,000 คน)'
		},
		unit: { en: 'deaths per 100,000 people', th: 'ต่อประชากร 100,000 คน' },
		definition: {
			en: 'Deaths due to self-inflicted injury among persons aged 65–74, per 100,000 people (WHO Global Health Observatory).',
			th: 'จำนวนผู้เสียชีวิตจากการทำร้ายตนเองในกลุ่มอายุ 65–74 ปี ต่อประชากร 100,000 คน (หอสังเกตการณ์สุขภาพโลกขององค์การอนามัยโลก)'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromGapminder(
			'systema-globalis',
			'World Health Organization (WHO), Global Health Observatory',
			'https://www.who.int/data/gho',
			'suicide_age_65_74_per_100000_people'
		),
		extract: {
			from: 'gapminder',
			files: { total: systemaGlobalisFile('suicide_age_65_74_per_100000_people') }
		},
		caveat: {
			en: 'WHO estimates for a single year (2019).',
			th: 'เป็นค่าประมาณขององค์การอนามัยโลกเพียงปีเดียว คือ พ.ศ. 2562 (ค.ศ. 2019)'
		},
		tags: ['health', 'estimate']
	}
];
