import type { IndicatorSource } from '$lib/dataset/types';
import type { Lang, Localized } from './locale';

/**
 * Publishers, datasets and licences as a reader sees them (issue 12): in the page language, and
 * with the repository codes ("open-numbers/ddf--…") taken out of the names; the codes are kept
 * for a details line. The catalogue keeps the English strings as published by the pipeline, so
 * they are the keys here; a string with no entry (an upload, a new source) is shown as it is.
 */
const PUBLISHERS_TH: Record<string, string> = {
	'Disability Data Initiative (Fordham University)':
		'โครงการ Disability Data Initiative (มหาวิทยาลัยฟอร์ดแฮม)',
	'ILO and UNICEF, via UN Statistics Division': 'ILO และ UNICEF ผ่านกองสถิติแห่งสหประชาชาติ',
	'Institute for Health Metrics and Evaluation (IHME), Global Educational Attainment Distributions':
		'สถาบันการวัดและประเมินผลด้านสุขภาพ (IHME) ชุดข้อมูล Global Educational Attainment Distributions',
	'Inter-Parliamentary Union (IPU) and UN Women, via UN Statistics Division':
		'สหภาพรัฐสภา (IPU) และ UN Women ผ่านกองสถิติแห่งสหประชาชาติ',
	'International Labour Organization (ILO), via UN Statistics Division':
		'องค์การแรงงานระหว่างประเทศ (ILO) ผ่านกองสถิติแห่งสหประชาชาติ',
	'International Labour Organization (ILOSTAT)': 'องค์การแรงงานระหว่างประเทศ (ILOSTAT)',
	'Leonard Cheshire, Disability Data Portal (quoting a Thai government report)':
		'Leonard Cheshire, Disability Data Portal (อ้างรายงานของรัฐบาลไทย)',
	'UN DESA Population Division and UNFPA, via UN Statistics Division':
		'กองประชากร UN DESA และกองทุนประชากรแห่งสหประชาชาติ (UNFPA) ผ่านกองสถิติแห่งสหประชาชาติ',
	'UN DESA Population Division, World Population Prospects 2022':
		'กองประชากร UN DESA รายงาน World Population Prospects 2022',
	'UN DESA Population Division, World Population Prospects 2024':
		'กองประชากร UN DESA รายงาน World Population Prospects 2024',
	'UN DESA Population Division, via UN Statistics Division':
		'กองประชากร UN DESA ผ่านกองสถิติแห่งสหประชาชาติ',
	'UN Inter-agency Group for Child Mortality Estimation (UN IGME)':
		'คณะทำงานระหว่างหน่วยงานของสหประชาชาติด้านการประมาณการตายของเด็ก (UN IGME)',
	'UN Inter-agency Group for Child Mortality Estimation (UN IGME), via UN Statistics Division':
		'คณะทำงานระหว่างหน่วยงานของสหประชาชาติด้านการประมาณการตายของเด็ก (UN IGME) ผ่านกองสถิติแห่งสหประชาชาติ',
	'UNESCO Institute for Statistics (UIS), via UN Statistics Division':
		'สถาบันสถิติของยูเนสโก (UIS) ผ่านกองสถิติแห่งสหประชาชาติ',
	'UNICEF and WHO, via UN Statistics Division':
		'UNICEF และองค์การอนามัยโลก (WHO) ผ่านกองสถิติแห่งสหประชาชาติ',
	'UNICEF, WHO and World Bank (Joint Malnutrition Estimates), via UN Statistics Division':
		'UNICEF, WHO และธนาคารโลก (การประมาณภาวะทุพโภชนาการร่วม) ผ่านกองสถิติแห่งสหประชาชาติ',
	'UNICEF, via UN Statistics Division': 'UNICEF ผ่านกองสถิติแห่งสหประชาชาติ',
	'United Nations Development Programme (UNDP)': 'โครงการพัฒนาแห่งสหประชาชาติ (UNDP)',
	'United Nations ESCAP': 'คณะกรรมาธิการเศรษฐกิจและสังคมแห่งสหประชาชาติสำหรับเอเชียและแปซิฟิก (ESCAP)',
	'United Nations Office on Drugs and Crime (UNODC), via UN Statistics Division':
		'สำนักงานว่าด้วยยาเสพติดและอาชญากรรมแห่งสหประชาชาติ (UNODC) ผ่านกองสถิติแห่งสหประชาชาติ',
	'WHO/UNICEF Estimates of National Immunization Coverage (WUENIC)':
		'ค่าประมาณความครอบคลุมของการสร้างเสริมภูมิคุ้มกันระดับประเทศของ WHO/UNICEF (WUENIC)',
	'World Bank (Global Findex), via UN Statistics Division':
		'ธนาคารโลก (Global Findex) ผ่านกองสถิติแห่งสหประชาชาติ',
	'World Bank, World Development Indicators': 'ธนาคารโลก ชุดข้อมูลตัวชี้วัดการพัฒนาโลก (WDI)',
	'World Health Organization (WHO), Global Health Observatory':
		'องค์การอนามัยโลก (WHO) ฐานข้อมูล Global Health Observatory',
	'World Health Organization (WHO), via UN Statistics Division':
		'องค์การอนามัยโลก (WHO) ผ่านกองสถิติแห่งสหประชาชาติ'
};

/** Keyed by the dataset's name with its code already taken out */
const DATASETS_TH: Record<string, string> = {
	'Disability Data Initiative national estimates (Washington Group Short Set, adults 15+)':
		'ค่าประมาณระดับประเทศของ Disability Data Initiative (ชุดคำถามสั้นของ Washington Group ผู้ใหญ่อายุ 15 ปีขึ้นไป)',
	'Gapminder Fast Track': 'ชุดข้อมูล Gapminder Fast Track',
	'Gapminder Systema Globalis': 'ชุดข้อมูล Gapminder Systema Globalis',
	'Gender Data Portal / Minimum Set of Gender Indicators (2021)':
		'Gender Data Portal / ชุดตัวชี้วัดด้านเพศขั้นต่ำของสหประชาชาติ (ฉบับ ค.ศ. 2021)',
	'Global SDG Indicators Database, 2023 extract': 'ฐานข้อมูลตัวชี้วัด SDG ระดับโลก (ชุดที่ดึงไว้ ค.ศ. 2023)',
	'Human Development Report 2023/24, composite indices time series':
		'รายงานการพัฒนามนุษย์ 2023/24 อนุกรมเวลาของดัชนีผสม',
	'Make the Right Real (Incheon Strategy) country profile: Philippines':
		'ข้อมูลรายประเทศของ Make the Right Real (ยุทธศาสตร์อินชอน): ฟิลิปปินส์',
	'News item, 12 May 2022: New Thailand data launched on the Disability Data Portal':
		'ข่าววันที่ 12 พฤษภาคม พ.ศ. 2565: เผยแพร่ข้อมูลใหม่ของประเทศไทยบน Disability Data Portal'
};

const LICENCES_TH: Record<string, string> = {
	'CC BY 3.0 IGO (UNDP Human Development Reports terms of use)':
		'CC BY 3.0 IGO (ตามเงื่อนไขการใช้รายงานการพัฒนามนุษย์ของ UNDP)',
	'CC BY 4.0 (Gapminder), with attribution to the original source':
		'CC BY 4.0 (Gapminder) โดยระบุแหล่งที่มาเดิม',
	'No licence file in the repository; figures cited as facts with attribution to the Disability Data Initiative and the survey':
		'ไม่มีไฟล์สัญญาอนุญาตในคลังข้อมูล ตัวเลขอ้างเป็นข้อเท็จจริงโดยระบุที่มาว่า Disability Data Initiative และการสำรวจนั้น',
	'Quoted figure; attribution required': 'ตัวเลขที่อ้างต่อ ต้องระบุที่มา',
	'UN ESCAP terms of use; attribution required': 'ตามเงื่อนไขการใช้ของ UN ESCAP ต้องระบุที่มา',
	'UN SDG Indicators Database terms of use (free use with attribution); packaged CC BY 4.0 by open-numbers':
		'ตามเงื่อนไขการใช้ฐานข้อมูลตัวชี้วัด SDG ของสหประชาชาติ (ใช้ได้เสรีเมื่อระบุที่มา) จัดชุดโดย open-numbers ภายใต้ CC BY 4.0',
	'UN data terms of use: free use with attribution to UNSD and the custodian agency':
		'ตามเงื่อนไขการใช้ข้อมูลของสหประชาชาติ: ใช้ได้เสรีเมื่อระบุที่มาว่ากองสถิติแห่งสหประชาชาติ (UNSD) และหน่วยงานเจ้าของตัวชี้วัด'
};

/** A repository code in parentheses at the end of a dataset's name */
const CODE = /\s*\(((?:open-numbers\/)?ddf--[^)\s]+)\)\s*$/u;

export interface SourceTexts {
	publisher: string;
	dataset: string;
	licence: string;
	/** Repository and series codes, for a details line; never in the main text */
	codes: { dataset: string | null; series: string[] };
}

/** The source of an indicator in one language, names first and codes apart. */
export function sourceTexts(
	source: Pick<IndicatorSource, 'publisher' | 'dataset' | 'licence'> &
		Partial<Pick<IndicatorSource, 'series'>>,
	lang: Lang
): SourceTexts {
	const code = CODE.exec(source.dataset);
	const dataset = code ? source.dataset.slice(0, code.index) : source.dataset;
	const th = lang === 'th';
	const series = source.series ?? [];
	return {
		publisher: (th && PUBLISHERS_TH[source.publisher]) || source.publisher,
		dataset: (th && DATASETS_TH[dataset]) || dataset,
		licence: (th && LICENCES_TH[source.licence]) || source.licence,
		codes: { dataset: code ? code[1] : null, series: Array.isArray(series) ? series : [series] }
	};
}

/** "Publisher, dataset" in one language, as a chart's source line names it. */
export function sourceName(
	source: Pick<IndicatorSource, 'publisher' | 'dataset' | 'licence'>,
	lang: Lang
): string {
	const { publisher, dataset } = sourceTexts(source, lang);
	return `${publisher}, ${dataset}`;
}

/** The same in both languages, for data built before the page language is known. */
export function localizedSource(
	source: Pick<IndicatorSource, 'publisher' | 'dataset' | 'licence'>,
	format: (texts: SourceTexts) => string
): Localized {
	return { en: format(sourceTexts(source, 'en')), th: format(sourceTexts(source, 'th')) };
}

/** Every English string the catalogue may use that has a Thai entry, for the coverage test. */
export const TRANSLATED = {
	publishers: PUBLISHERS_TH,
	datasets: DATASETS_TH,
	licences: LICENCES_TH
};
