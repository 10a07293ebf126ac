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

const LFPR = {
	total: 'aged_15plus_labour_force_participation_rate_percent',
	female: 'females_aged_15plus_labour_force_participation_rate_percent',
	male: 'males_aged_15plus_labour_force_participation_rate_percent'
};

export const WOMEN: IndicatorSpec[] = [
	{
		id: 'gender-inequality-index',
		group: 'women',
		name: { en: 'Gender Inequality Index (GII)', th: 'ดัชนีความไม่เท่าเทียมทางเพศ (GII)' },
		unit: { en: 'index (0–1)', th: 'ค่าดัชนี (0–1)' },
		definition: {
			en: 'Composite measure of inequality in achievement between women and men in three dimensions: reproductive health, empowerment and the labour market. Higher values mean more inequality.',
			th: 'ดัชนีรวมที่วัดความไม่เท่าเทียมระหว่างหญิงและชายใน 3 มิติ ได้แก่ อนามัยการเจริญพันธุ์ การเสริมพลังอำนาจ และตลาดแรงงาน ค่ายิ่งสูงหมายถึงความไม่เท่าเทียมยิ่งมาก'
		},
		decimals: 3,
		direction: 'lower-is-better',
		...fromHdr('gii'),
		extract: { from: 'undp-hdr', file: HDR_FILE, columns: { total: 'gii' } },
		tags: ['HDR', 'composite-index']
	},
	{
		id: 'gender-development-index',
		group: 'women',
		name: { en: 'Gender Development Index (GDI)', th: 'ดัชนีการพัฒนาด้านเพศ (GDI)' },
		unit: { en: 'ratio (female HDI / male HDI)', th: 'อัตราส่วน (HDI หญิง / HDI ชาย)' },
		definition: {
			en: 'Ratio of the female to the male Human Development Index. A value of 1 means parity; below 1, women fare worse than men, above 1, better.',
			th: 'อัตราส่วนของดัชนีการพัฒนามนุษย์ (HDI) ของหญิงต่อของชาย ค่าเท่ากับ 1 หมายถึงเท่าเทียมกัน ต่ำกว่า 1 หมายถึงหญิงมีระดับการพัฒนาต่ำกว่าชาย สูงกว่า 1 หมายถึงสูงกว่าชาย'
		},
		decimals: 3,
		// Closer to 1 is better; neither end of the scale is "good"
		direction: 'neutral',
		...fromHdr('gdi'),
		extract: { from: 'undp-hdr', file: HDR_FILE, columns: { total: 'gdi' } },
		tags: ['HDR', 'composite-index']
	},
	{
		id: 'women-in-parliament',
		group: 'women',
		name: {
			en: 'Share of seats in parliament held by women',
			th: 'สัดส่วนที่นั่งของสตรีในรัฐสภา'
		},
		unit: { en: '% of seats', th: 'ร้อยละของจำนวนที่นั่งทั้งหมด' },
		definition: {
			en: 'Proportion of seats held by women in the national parliament, as a percentage of all seats; for bicameral parliaments both houses are counted.',
			th: 'สัดส่วนที่นั่งในรัฐสภาแห่งชาติที่สตรีครอง คิดเป็นร้อยละของที่นั่งทั้งหมด กรณีรัฐสภาแบบสองสภานับรวมทั้งสองสภา'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromHdr('pr_f'),
		extract: { from: 'undp-hdr', file: HDR_FILE, columns: { female: 'pr_f' } },
		tags: ['HDR', 'SDG 5.5.1']
	},
	{
		id: 'labour-force-participation',
		group: 'women',
		name: {
			en: 'Labour force participation rate (ages 15+)',
			th: 'อัตราการมีส่วนร่วมในกำลังแรงงาน (อายุ 15 ปีขึ้นไป)'
		},
		unit: { en: '% of population aged 15+', th: 'ร้อยละของประชากรอายุ 15 ปีขึ้นไป' },
		definition: {
			en: 'Share of the population aged 15 and older that is economically active: employed or unemployed and looking for work (ILO modelled estimates).',
			th: 'ร้อยละของประชากรอายุ 15 ปีขึ้นไปที่อยู่ในกำลังแรงงาน คือผู้มีงานทำและผู้ว่างงานที่กำลังหางานทำ (ค่าประมาณจากแบบจำลองของ ILO)'
		},
		decimals: 1,
		direction: 'neutral',
		...fromGapminder(
			'systema-globalis',
			'International Labour Organization (ILOSTAT)',
			'https://www.ilo.org/ilostat/',
			[LFPR.total, LFPR.female, LFPR.male]
		),
		extract: {
			from: 'gapminder',
			files: {
				total: systemaGlobalisFile(LFPR.total),
				female: systemaGlobalisFile(LFPR.female),
				male: systemaGlobalisFile(LFPR.male)
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
		id: 'maternal-mortality-ratio',
		group: 'women',
		name: {
			en: 'Maternal mortality ratio (per 100,000 live births)',
			th: 'อัตราส่วนการตายของมารดา (ต่อการเกิดมีชีพ 100,000 คน)'
		},
		unit: { en: 'deaths per 100,000 live births', th: 'ต่อการเกิดมีชีพ 100,000 คน' },
		definition: {
			en: 'Number of deaths of women from pregnancy-related causes per 100,000 live births (modelled estimates of the UN Maternal Mortality Estimation Inter-Agency Group).',
			th: 'จำนวนหญิงที่เสียชีวิตจากสาเหตุที่เกี่ยวข้องกับการตั้งครรภ์และการคลอด ต่อการเกิดมีชีพ 100,000 คน (ค่าประมาณจากแบบจำลองของกลุ่มความร่วมมือระหว่างหน่วยงานของสหประชาชาติด้านการประมาณการตายของมารดา)'
		},
		decimals: 0,
		direction: 'lower-is-better',
		...fromHdr('mmr'),
		extract: {
			from: 'undp-hdr',
			file: HDR_FILE,
			columns: { female: 'mmr' },
			// MMEIG estimates end in 2020; the HDR file repeats the 2020 value for 2021 and 2022
			lastObservedYear: 2020
		},
		caveat: {
			en: 'Modelled estimates (MMEIG); the latest estimate refers to 2020.',
			th: 'เป็นค่าประมาณจากแบบจำลอง ค่าล่าสุดเป็นของ พ.ศ. 2563 (ค.ศ. 2020)'
		},
		tags: ['HDR', 'SDG 3.1.1', 'modelled']
	},
	{
		id: 'adolescent-birth-rate',
		group: 'women',
		name: {
			en: 'Adolescent birth rate (per 1,000 women aged 15–19)',
			th: 'อัตราการคลอดมีชีพในหญิงอายุ 15–19 ปี (ต่อหญิงอายุ 15–19 ปี 1,000 คน)'
		},
		unit: { en: 'births per 1,000 women aged 15–19', th: 'ต่อหญิงอายุ 15–19 ปี 1,000 คน' },
		definition: {
			en: 'Number of births to women aged 15–19 per 1,000 women aged 15–19 (UN World Population Prospects 2022, as published by UNDP).',
			th: 'จำนวนการเกิดมีชีพจากหญิงอายุ 15–19 ปี ต่อหญิงอายุ 15–19 ปี 1,000 คน (จาก World Population Prospects 2022 ของสหประชาชาติ ตามที่ UNDP เผยแพร่)'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromHdr('abr'),
		extract: {
			from: 'undp-hdr',
			file: HDR_FILE,
			columns: { female: 'abr' },
			// WPP 2022 estimates end in 2021; the HDR's 2022 value is a WPP projection
			lastObservedYear: 2021
		},
		tags: ['HDR', 'SDG 3.7.2']
	},
	{
		id: 'child-marriage-before-18',
		group: 'women',
		name: {
			en: 'Women first married or in union before age 18',
			th: 'หญิงที่สมรสหรืออยู่กินกันฉันสามีภรรยาก่อนอายุ 18 ปี'
		},
		unit: { en: '% of women aged 20–24', th: 'ร้อยละของหญิงอายุ 20–24 ปี' },
		definition: {
			en: 'Proportion of women aged 20–24 years who were married or in a union before age 18.',
			th: 'ร้อยละของหญิงอายุ 20–24 ปีที่สมรสหรืออยู่กินกันฉันสามีภรรยาครั้งแรกก่อนอายุ 18 ปี'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromSdg('UNICEF', 'sp_dyn_mrbf18', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('sp_dyn_mrbf18', 'age--geo_area--nature--sex--units', '2023'),
			slice: { age: '20-24', units: 'PER_MARW_20T24Y' }
		},
		caveat: {
			en: 'Survey-based; each country has only one or two survey years.',
			th: 'เป็นข้อมูลจากการสำรวจ แต่ละประเทศมีข้อมูลเพียง 1–2 ปีที่สำรวจ'
		},
		tags: ['SDG 5.3.1', 'survey']
	},
	{
		id: 'child-marriage-before-15',
		group: 'women',
		name: {
			en: 'Women first married or in union before age 15',
			th: 'หญิงที่สมรสหรืออยู่กินกันฉันสามีภรรยาก่อนอายุ 15 ปี'
		},
		unit: { en: '% of women aged 20–24', th: 'ร้อยละของหญิงอายุ 20–24 ปี' },
		definition: {
			en: 'Proportion of women aged 20–24 years who were married or in a union before age 15.',
			th: 'ร้อยละของหญิงอายุ 20–24 ปีที่สมรสหรืออยู่กินกันฉันสามีภรรยาครั้งแรกก่อนอายุ 15 ปี'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromSdg('UNICEF', 'sp_dyn_mrbf15', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('sp_dyn_mrbf15', 'age--geo_area--nature--sex--units', '2023'),
			slice: { age: '20-24', units: 'PER_MARW_20T24Y' }
		},
		caveat: {
			en: 'Survey-based; each country has only one or two survey years.',
			th: 'เป็นข้อมูลจากการสำรวจ แต่ละประเทศมีข้อมูลเพียง 1–2 ปีที่สำรวจ'
		},
		tags: ['SDG 5.3.1', 'survey']
	},
	{
		id: 'intimate-partner-violence',
		group: 'women',
		name: {
			en: 'Intimate partner violence in the past 12 months',
			th: 'ความรุนแรงจากคู่ครองในรอบ 12 เดือนที่ผ่านมา'
		},
		unit: { en: '% of ever-partnered women aged 15+', th: 'ร้อยละของหญิงอายุ 15 ปีขึ้นไปที่เคยมีคู่' },
		definition: {
			en: 'Proportion of ever-partnered women and girls aged 15 and older subjected to physical and/or sexual violence by a current or former intimate partner in the previous 12 months.',
			th: 'ร้อยละของหญิงอายุ 15 ปีขึ้นไปที่เคยมีคู่ ซึ่งถูกกระทำความรุนแรงทางร่างกายและ/หรือทางเพศจากคู่ครองปัจจุบันหรือคู่ครองเดิมในรอบ 12 เดือนที่ผ่านมา'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromSdg('World Health Organization (WHO)', 'vc_vaw_marr', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('vc_vaw_marr', 'age--geo_area--nature--sex--units', '2023'),
			slice: { age: '15+', units: 'PERCENT' }
		},
		caveat: {
			en: 'Modelled 2018 estimates (WHO, on behalf of the VAW-IAWGED) built from surveys conducted 2000–2018.',
			th: 'เป็นค่าประมาณ พ.ศ. 2561 (ค.ศ. 2018) จากแบบจำลองขององค์การอนามัยโลก โดยใช้ข้อมูลการสำรวจระหว่าง พ.ศ. 2543–2561'
		},
		tags: ['SDG 5.2.1', 'estimate']
	},
	{
		id: 'women-in-managerial-positions',
		group: 'women',
		name: { en: 'Women in managerial positions', th: 'สัดส่วนผู้หญิงในตำแหน่งผู้บริหาร' },
		unit: { en: '% of managers', th: 'ร้อยละของผู้บริหารทั้งหมด' },
		definition: {
			en: 'Proportion of women in total employment in managerial positions, from labour force surveys (ILO).',
			th: 'ร้อยละของผู้หญิงในจำนวนผู้มีงานทำในตำแหน่งผู้บริหารทั้งหมด จากการสำรวจภาวะการทำงานของประชากร (ILO)'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromSdg('International Labour Organization (ILO)', 'ic_gen_mgtl', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('ic_gen_mgtl', 'age--geo_area--nature--observation_status--sex--units', '2023'),
			slice: { age: 'NOTSPEC', units: 'PERCENT' }
		},
		tags: ['SDG 5.5.2']
	},
	{
		id: 'women-ministers',
		group: 'women',
		name: {
			en: "Women's share of ministerial positions",
			th: 'สัดส่วนผู้หญิงในตำแหน่งรัฐมนตรี'
		},
		unit: { en: '% of ministers', th: 'ร้อยละของรัฐมนตรีทั้งหมด' },
		definition: {
			en: "Women's share of government ministerial positions.",
			th: 'ร้อยละของผู้หญิงในจำนวนผู้ดำรงตำแหน่งรัฐมนตรีทั้งหมดในรัฐบาล'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromGenderPortal('Inter-Parliamentary Union (IPU) and UN Women', 'MINSET_S22b614cb'),
		extract: { from: 'tidy', file: PORTAL_FILE, seriesCode: 'MINSET_S22b614cb', sex: 'female' },
		tags: ['minimum-set']
	},
	{
		id: 'births-attended-by-skilled-personnel',
		group: 'women',
		name: {
			en: 'Births attended by skilled health personnel',
			th: 'การคลอดที่ทำคลอดโดยบุคลากรทางการแพทย์ที่มีทักษะ'
		},
		unit: { en: '% of births', th: 'ร้อยละของการคลอดทั้งหมด' },
		definition: {
			en: 'Percentage of deliveries attended by personnel trained to give the necessary supervision, care and advice to women during pregnancy, labour and the postpartum period, to conduct deliveries on their own and to care for newborns.',
			th: 'ร้อยละของการคลอดที่ทำคลอดโดยบุคลากรทางการแพทย์ที่ได้รับการฝึกอบรมให้ดูแลและให้คำแนะนำแก่หญิงระหว่างตั้งครรภ์ ระหว่างคลอด และหลังคลอด สามารถทำคลอดได้เอง และดูแลทารกแรกเกิดได้'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromGapminder(
			'systema-globalis',
			'World Bank, World Development Indicators',
			'https://data.worldbank.org/indicator/SH.STA.BRTC.ZS',
			'births_attended_by_skilled_health_staff_percent_of_total'
		),
		extract: {
			from: 'gapminder',
			files: {
				total: systemaGlobalisFile('births_attended_by_skilled_health_staff_percent_of_total')
			}
		},
		tags: ['SDG 3.1.2', 'WDI SH.STA.BRTC.ZS']
	},
	{
		id: 'account-ownership',
		group: 'women',
		name: {
			en: 'Account ownership at a financial institution or mobile-money provider (ages 15+)',
			th: 'การมีบัญชีกับสถาบันการเงินหรือผู้ให้บริการเงินผ่านโทรศัพท์มือถือ (อายุ 15 ปีขึ้นไป)'
		},
		unit: { en: '% of population aged 15+', th: 'ร้อยละของประชากรอายุ 15 ปีขึ้นไป' },
		definition: {
			en: 'Proportion of adults (15 years and older) with an account at a bank or other financial institution or with a mobile-money-service provider (World Bank Global Findex).',
			th: 'ร้อยละของผู้ใหญ่ (อายุ 15 ปีขึ้นไป) ที่มีบัญชีกับธนาคารหรือสถาบันการเงินอื่น หรือกับผู้ให้บริการเงินผ่านโทรศัพท์มือถือ (การสำรวจ Global Findex ของธนาคารโลก)'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromGenderPortal('World Bank (Global Findex)', 'FB_BNK_ACCSS'),
		extract: {
			from: 'tidy',
			file: PORTAL_FILE,
			seriesCode: 'FB_BNK_ACCSS',
			age: '15 years old and over'
		},
		tags: ['SDG 8.10.2', 'survey']
	},
	{
		id: 'informal-employment',
		group: 'women',
		name: {
			en: 'Informal employment in non-agricultural employment',
			th: 'การจ้างงานนอกระบบในภาคนอกเกษตร'
		},
		unit: { en: '% of non-agricultural employment', th: 'ร้อยละของผู้มีงานทำนอกภาคเกษตร' },
		definition: {
			en: 'Proportion of informal employment in total non-agricultural employment, by sex (ILO, from labour force surveys).',
			th: 'ร้อยละของผู้มีงานทำนอกระบบในจำนวนผู้มีงานทำนอกภาคเกษตรทั้งหมด จำแนกตามเพศ (ILO จากการสำรวจภาวะการทำงานของประชากร)'
		},
		decimals: 1,
		direction: 'lower-is-better',
		...fromGenderPortal('International Labour Organization (ILO)', 'SL_ISV_IFEM'),
		extract: { from: 'tidy', file: PORTAL_FILE, seriesCode: 'SL_ISV_IFEM' },
		tags: ['SDG 8.3.1']
	},
	{
		id: 'family-planning-need-satisfied',
		group: 'women',
		name: {
			en: 'Demand for family planning satisfied with modern methods',
			th: 'ความต้องการวางแผนครอบครัวที่ได้รับการตอบสนองด้วยวิธีคุมกำเนิดสมัยใหม่'
		},
		unit: { en: '% of women aged 15–49', th: 'ร้อยละของหญิงอายุ 15–49 ปี' },
		definition: {
			en: 'Proportion of women of reproductive age (15–49 years) who have their need for family planning satisfied with modern methods.',
			th: 'ร้อยละของหญิงวัยเจริญพันธุ์ (อายุ 15–49 ปี) ที่มีความต้องการวางแผนครอบครัวและได้รับการตอบสนองด้วยวิธีคุมกำเนิดสมัยใหม่'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromSdg('UN DESA Population Division and UNFPA', 'sh_fpl_mtmm', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('sh_fpl_mtmm', 'age--geo_area--nature--sex--units', '2023'),
			slice: { age: '15-49', units: 'PERCENT' }
		},
		caveat: {
			en: 'Survey values; many surveys cover only married or in-union women, and survey years differ by country.',
			th: 'เป็นค่าจากการสำรวจ หลายการสำรวจครอบคลุมเฉพาะหญิงที่สมรสหรืออยู่กินกับคู่ และปีที่สำรวจแตกต่างกันในแต่ละประเทศ'
		},
		tags: ['SDG 3.7.1', 'survey']
	},
	{
		id: 'antenatal-care-four-visits',
		group: 'women',
		name: {
			en: 'Antenatal care coverage (at least four visits)',
			th: 'การฝากครรภ์อย่างน้อย 4 ครั้ง'
		},
		unit: { en: '% of women with a live birth', th: 'ร้อยละของหญิงที่คลอดบุตรมีชีพ' },
		definition: {
			en: 'Percentage of women aged 15–49 with a live birth in a given period who received antenatal care at least four times.',
			th: 'ร้อยละของหญิงอายุ 15–49 ปีที่คลอดบุตรมีชีพในช่วงเวลาที่กำหนด และได้รับการฝากครรภ์อย่างน้อย 4 ครั้ง'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromGenderPortal('UNICEF and WHO', 'MINSET_S7cdd10b8'),
		extract: { from: 'tidy', file: PORTAL_FILE, seriesCode: 'MINSET_S7cdd10b8' },
		caveat: {
			en: 'Survey-based; survey years differ by country.',
			th: 'เป็นข้อมูลจากการสำรวจ ปีที่สำรวจแตกต่างกันในแต่ละประเทศ'
		},
		tags: ['minimum-set', 'survey']
	},
	{
		id: 'maternity-benefit-coverage',
		group: 'women',
		name: {
			en: 'Mothers with newborns receiving maternity cash benefits',
			th: 'มารดาที่มีบุตรแรกเกิดซึ่งได้รับเงินประโยชน์ทดแทนกรณีคลอดบุตร'
		},
		unit: { en: '% of women giving birth', th: 'ร้อยละของหญิงที่คลอดบุตร' },
		definition: {
			en: 'Proportion of women giving birth who receive maternity cash benefits (SDG 1.3.1, ILO World Social Protection Database).',
			th: 'ร้อยละของหญิงที่คลอดบุตรซึ่งได้รับเงินประโยชน์ทดแทนกรณีคลอดบุตร (ตัวชี้วัด SDG 1.3.1 จากฐานข้อมูลการคุ้มครองทางสังคมโลกของ ILO)'
		},
		decimals: 1,
		direction: 'higher-is-better',
		...fromSdg('International Labour Organization (ILO)', 'si_cov_matnl', '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile('si_cov_matnl', 'geo_area--nature--observation_status--sex--units', '2023'),
			slice: { units: 'PERCENT' }
		},
		tags: ['SDG 1.3.1', 'SI_COV_MATNL', 'social-protection']
	}
];
