import {
	HDR_FILE,
	fastTrackFile,
	fromGapminder,
	fromHdr,
	fromSdg,
	sdgFile,
	systemaGlobalisFile
} from './sources';
import type { IndicatorSpec } from './types';

const WDI = 'World Bank, World Development Indicators';

export const CONTEXT: IndicatorSpec[] = [
	{
		id: 'population',
		group: 'context',
		name: { en: 'Population', th: 'จำนวนประชากร' },
		unit: { en: 'persons', th: 'คน' },
		definition: {
			en: 'Total population: the number of inhabitants in the territory (UN World Population Prospects, via Gapminder population v8).',
			th: 'จำนวนประชากรทั้งหมดที่อาศัยอยู่ในประเทศ (World Population Prospects ของสหประชาชาติ ผ่าน Gapminder)'
		},
		decimals: 0,
		direction: 'neutral',
		...fromGapminder(
			'fasttrack',
			'UN DESA Population Division, World Population Prospects 2024',
			'http://gapm.io/dpop',
			'pop'
		),
		extract: {
			from: 'gapminder',
			files: { total: fastTrackFile('pop', 'country') },
			// Gapminder pop v8 (2024-07-29) follows WPP 2024: estimates to 2023, projections after
			lastObservedYear: 2023,
			// Before 1950 (WPP's first year) the series is Gapminder's own historical reconstruction
			firstYear: 1950
		},
		tags: ['population'],
		scale: 'log'
	},
	{
		id: 'gdp-per-capita-ppp',
		group: 'context',
		name: {
			en: 'GDP per capita, PPP',
			th: 'ผลิตภัณฑ์มวลรวมในประเทศต่อหัว (PPP)'
		},
		unit: {
			en: 'international $ at constant prices (PPP)',
			th: 'ดอลลาร์สากล ณ ราคาคงที่ (PPP)'
		},
		definition: {
			en: 'Gross domestic product per person converted to international dollars using purchasing power parity rates, at constant prices (World Bank WDI, NY.GDP.PCAP.PP.KD).',
			th: 'ผลิตภัณฑ์มวลรวมในประเทศต่อประชากร 1 คน แปลงเป็นดอลลาร์สากลด้วยอัตราความเท่าเทียมกันของอำนาจซื้อ (PPP) ณ ราคาคงที่ (ตัวชี้วัดการพัฒนาโลกของธนาคารโลก)'
		},
		decimals: 0,
		direction: 'higher-is-better',
		...fromGapminder(
			'systema-globalis',
			WDI,
			'https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD',
			'alternative_gdp_per_capita_ppp_wb'
		),
		extract: {
			from: 'gapminder',
			files: { total: systemaGlobalisFile('alternative_gdp_per_capita_ppp_wb') }
		},
		tags: ['WDI NY.GDP.PCAP.PP.KD', 'economy'],
		scale: 'log'
	},
	{
		id: 'extreme-poverty-rate',
		group: 'context',
		name: {
			en: 'Extreme poverty rate ($3.00 a day, 2021 PPP)',
			th: 'อัตราความยากจนขั้นรุนแรง (ต่ำกว่า 3.00 ดอลลาร์ต่อคนต่อวัน, PPP ค.ศ. 2021)'
		},
		unit: { en: '% of population', th: 'ร้อยละของประชากร' },
		definition: {
			en: 'Percentage of the population living on less than $3.00 a day at 2021 international prices (World Bank, SI.POV.DDAY).',
			th: 'ร้อยละของประชากรที่มีรายได้หรือรายจ่ายต่ำกว่า 3.00 ดอลลาร์ต่อคนต่อวัน ณ ราคาความเท่าเทียมกันของอำนาจซื้อ (PPP) ค.ศ. 2021 (ธนาคารโลก)'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromGapminder(
			'systema-globalis',
			WDI,
			'https://data.worldbank.org/indicator/SI.POV.DDAY',
			'extreme_poverty_percent_people_below_300_a_day'
		),
		extract: {
			from: 'gapminder',
			files: { total: systemaGlobalisFile('extreme_poverty_percent_people_below_300_a_day') }
		},
		caveat: {
			en: 'Survey years only; some countries measure income, others consumption.',
			th: 'มีเฉพาะปีที่มีการสำรวจ บางประเทศวัดจากรายได้ บางประเทศวัดจากรายจ่ายเพื่อการบริโภค'
		},
		tags: ['SDG 1.1.1', 'WDI SI.POV.DDAY', 'poverty']
	},
	{
		id: 'national-poverty-rate',
		group: 'context',
		name: {
			en: 'Population below the national poverty line',
			th: 'สัดส่วนคนจนตามเส้นความยากจนของประเทศ'
		},
		unit: { en: '% of population', th: 'ร้อยละของประชากร' },
		definition: {
			en: "Percentage of the population living below the country's national poverty line, from household surveys (World Bank, SI.POV.NAHC).",
			th: 'ร้อยละของประชากรที่อยู่ใต้เส้นความยากจนของแต่ละประเทศ จากข้อมูลการสำรวจครัวเรือน (ธนาคารโลก)'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromGapminder(
			'systema-globalis',
			WDI,
			'https://data.worldbank.org/indicator/SI.POV.NAHC',
			'alternative_poverty_percent_below_nationally_defined_poverty'
		),
		extract: {
			from: 'gapminder',
			files: {
				total: systemaGlobalisFile('alternative_poverty_percent_below_nationally_defined_poverty')
			}
		},
		comparable: false,
		caveat: {
			en: 'Each country sets its own poverty line; compare trends within a country, not levels across countries.',
			th: 'แต่ละประเทศกำหนดเส้นความยากจนของตนเอง ควรดูแนวโน้มภายในประเทศ ไม่ควรเปรียบเทียบระดับระหว่างประเทศ'
		},
		tags: ['SDG 1.2.1', 'WDI SI.POV.NAHC', 'poverty']
	},
	{
		id: 'urban-population',
		group: 'context',
		name: { en: 'Urban population', th: 'ประชากรในเขตเมือง' },
		unit: { en: '% of total population', th: 'ร้อยละของประชากรทั้งหมด' },
		definition: {
			en: 'People living in urban areas as defined by national statistical offices, as a share of the total population (World Bank WDI, based on UN World Urbanization Prospects).',
			th: 'ร้อยละของประชากรที่อาศัยอยู่ในเขตเมืองตามนิยามของสำนักงานสถิติแห่งชาติของแต่ละประเทศ (ธนาคารโลก จากข้อมูลแนวโน้มการขยายตัวของเมืองของสหประชาชาติ)'
		},
		decimals: 1,
		direction: 'neutral',
		...fromGapminder(
			'systema-globalis',
			WDI,
			'https://data.worldbank.org/indicator/SP.URB.TOTL.IN.ZS',
			'urban_population_percent_of_total'
		),
		extract: {
			from: 'gapminder',
			files: { total: systemaGlobalisFile('urban_population_percent_of_total') }
		},
		caveat: {
			en: 'National definitions of "urban" differ; recent years are World Bank estimates built on UN urbanisation trends.',
			th: 'นิยามของ "เขตเมือง" แตกต่างกันในแต่ละประเทศ ข้อมูลปีล่าสุดเป็นค่าประมาณของธนาคารโลกจากแนวโน้มการขยายตัวของเมืองของสหประชาชาติ'
		},
		tags: ['WDI SP.URB.TOTL.IN.ZS']
	},
	{
		id: 'human-development-index',
		group: 'context',
		name: { en: 'Human Development Index (HDI)', th: 'ดัชนีการพัฒนามนุษย์ (HDI)' },
		unit: { en: 'index (0–1)', th: 'ค่าดัชนี (0–1)' },
		definition: {
			en: 'Composite index of average achievement in three basic dimensions of human development: a long and healthy life, knowledge and a decent standard of living.',
			th: 'ดัชนีรวมที่วัดความสำเร็จโดยเฉลี่ยใน 3 มิติพื้นฐานของการพัฒนามนุษย์ ได้แก่ การมีชีวิตที่ยืนยาวและมีสุขภาพดี ความรู้ และมาตรฐานการครองชีพที่ดี'
		},
		decimals: 3,
		direction: 'higher-is-better',
		...fromHdr('hdi'),
		extract: { from: 'undp-hdr', file: HDR_FILE, columns: { total: 'hdi' } },
		tags: ['HDR', 'composite-index']
	},
	{
		id: 'social-protection-coverage',
		group: 'context',
		name: {
			en: 'Population covered by at least one social protection benefit',
			th: 'ประชากรที่ได้รับสิทธิประโยชน์ด้านการคุ้มครองทางสังคมอย่างน้อย 1 ประเภท'
		},
		unit: { en: '% of population', th: 'ร้อยละของประชากร' },
		definition: {
			en: 'Proportion of the population effectively covered by at least one social protection cash benefit (SDG 1.3.1, ILO World Social Protection Database).',
			th: 'ร้อยละของประชากรที่ได้รับความคุ้มครองจริงจากสิทธิประโยชน์ด้านการคุ้มครองทางสังคมที่เป็นตัวเงินอย่างน้อย 1 ประเภท (ตัวชี้วัด SDG 1.3.1 จากฐานข้อมูลการคุ้มครองทางสังคมโลกของ ILO)'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromSdg('International Labour Organization (ILO)', 'si_cov_benfts', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('si_cov_benfts', 'geo_area--nature--observation_status--sex--units', '2023'),
			slice: { units: 'PERCENT' }
		},
		tags: ['SDG 1.3.1', 'SI_COV_BENFTS', 'social-protection']
	},
	{
		id: 'gini-index',
		group: 'context',
		name: { en: 'Gini index', th: 'ค่าสัมประสิทธิ์ความไม่เสมอภาค (Gini)' },
		unit: { en: 'index (0–100)', th: 'ค่าดัชนี (0–100)' },
		definition: {
			en: 'Extent to which the distribution of income or consumption among individuals or households deviates from a perfectly equal distribution; 0 means perfect equality, 100 perfect inequality (World Bank, SI.POV.GINI).',
			th: 'ระดับที่การกระจายรายได้หรือรายจ่ายเพื่อการบริโภคระหว่างบุคคลหรือครัวเรือนเบี่ยงเบนไปจากการกระจายที่เท่าเทียมกันสมบูรณ์ 0 หมายถึงเท่าเทียมกันสมบูรณ์ 100 หมายถึงไม่เท่าเทียมกันสมบูรณ์ (ธนาคารโลก)'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromGapminder(
			'systema-globalis',
			WDI,
			'https://data.worldbank.org/indicator/SI.POV.GINI',
			'inequality_index_gini'
		),
		extract: { from: 'gapminder', files: { total: systemaGlobalisFile('inequality_index_gini') } },
		caveat: {
			en: 'Survey years only; some countries measure income, others consumption.',
			th: 'มีเฉพาะปีที่มีการสำรวจ บางประเทศวัดจากรายได้ บางประเทศวัดจากรายจ่ายเพื่อการบริโภค'
		},
		tags: ['WDI SI.POV.GINI', 'inequality']
	},
	{
		id: 'uhc-service-coverage-index',
		group: 'context',
		name: {
			en: 'Universal health coverage (UHC) service coverage index',
			th: 'ดัชนีความครอบคลุมบริการสุขภาพถ้วนหน้า (UHC)'
		},
		unit: { en: 'index (0–100)', th: 'ค่าดัชนี (0–100)' },
		definition: {
			en: 'Coverage of essential health services, based on tracer interventions in reproductive, maternal, newborn and child health, infectious diseases, non-communicable diseases and service capacity and access (SDG 3.8.1, WHO).',
			th: 'ความครอบคลุมของบริการสุขภาพที่จำเป็น วัดจากบริการสุขภาพที่ใช้เป็นตัวชี้วัดติดตามด้านอนามัยการเจริญพันธุ์ มารดา ทารกแรกเกิดและเด็ก โรคติดเชื้อ โรคไม่ติดต่อ และขีดความสามารถและการเข้าถึงบริการ (ตัวชี้วัด SDG 3.8.1 ขององค์การอนามัยโลก)'
		},
		decimals: 0,
		direction: 'higher-is-better',
		...fromSdg('World Health Organization (WHO)', 'sh_acs_unhc', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('sh_acs_unhc', 'geo_area--nature--units', '2023'),
			slice: { units: 'INDEX' },
			sex: 'total'
		},
		tags: ['SDG 3.8.1', 'SH_ACS_UNHC', 'estimate']
	},
	{
		id: 'health-spending-share-of-gdp',
		group: 'context',
		name: {
			en: 'Total health spending (% of GDP)',
			th: 'รายจ่ายด้านสุขภาพทั้งหมด (ร้อยละของ GDP)'
		},
		unit: { en: '% of GDP', th: 'ร้อยละของผลิตภัณฑ์มวลรวมในประเทศ' },
		definition: {
			en: 'The sum of public and private health expenditure as a percentage of GDP (WHO Global Health Expenditure Database).',
			th: 'ผลรวมของรายจ่ายด้านสุขภาพภาครัฐและภาคเอกชน คิดเป็นร้อยละของผลิตภัณฑ์มวลรวมในประเทศ (ฐานข้อมูลรายจ่ายด้านสุขภาพโลกขององค์การอนามัยโลก)'
		},
		decimals: 1,
		direction: 'neutral',
		...fromGapminder(
			'systema-globalis',
			'World Health Organization (WHO), Global Health Observatory',
			'https://www.who.int/data/gho',
			'total_health_spending_percent_of_gdp'
		),
		extract: {
			from: 'gapminder',
			files: { total: systemaGlobalisFile('total_health_spending_percent_of_gdp') }
		},
		tags: ['health-financing']
	}
];
