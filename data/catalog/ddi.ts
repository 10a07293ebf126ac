import { DDI_FILE, fromDdi } from './sources';
import type { Direction, IndicatorSpec, Sex, Text } from './types';

const ADULTS: Partial<Record<Sex, string>> = {
	total: 'All adults (ages 15 and older)',
	female: 'Women',
	male: 'Men'
};

export const DDI_METHOD: Text = {
	en: 'Washington Group Short Set of questions on functioning (seeing, hearing, walking or climbing steps, remembering or concentrating, self-care, communicating), asked in a census or household survey and re-analysed by the Disability Data Initiative (Fordham University) with one definition, for adults aged 15 and older. Here "disability" means at least some difficulty in at least one domain: moderate = some difficulty only, severe = a lot of difficulty or cannot do at all in at least one domain. Each country\'s figure comes from its own survey and year.',
	th: 'ใช้ชุดคำถามสั้นของ Washington Group เรื่องความลำบากในการทำกิจกรรม (การมองเห็น การได้ยิน การเดินหรือขึ้นบันได การจำหรือการมีสมาธิ การดูแลตนเอง การสื่อสาร) ที่ถามในสำมะโนหรือการสำรวจครัวเรือน แล้ว Disability Data Initiative (มหาวิทยาลัยฟอร์ดแฮม) วิเคราะห์ใหม่ด้วยนิยามเดียวกันสำหรับผู้ใหญ่อายุ 15 ปีขึ้นไป ในที่นี้ "ความพิการ" หมายถึงมีความลำบากอย่างน้อย "บ้าง" ในอย่างน้อยหนึ่งด้าน ระดับปานกลาง = ลำบากบ้างเท่านั้น ระดับรุนแรง = ลำบากมากหรือทำไม่ได้เลยในอย่างน้อยหนึ่งด้าน ตัวเลขของแต่ละประเทศมาจากการสำรวจและปีของประเทศนั้นเอง'
};

const DDI_CAVEAT: Text = {
	en: 'Comparable across the five members covered (Cambodia, Myanmar, Philippines, Timor-Leste, Viet Nam), but each from its own census or survey year (2014–2020, literacy in Viet Nam 2009). The other six members have no figure measured this way. Not comparable with the nationally reported disability figures.',
	th: 'เปรียบเทียบกันได้ระหว่างห้าประเทศที่มีข้อมูล (กัมพูชา เมียนมา ฟิลิปปินส์ ติมอร์-เลสเต เวียดนาม) แต่แต่ละประเทศมาจากสำมะโนหรือการสำรวจของปีตนเอง (พ.ศ. 2557–2563 ส่วนการรู้หนังสือของเวียดนามเป็นปี พ.ศ. 2552) อีกหกประเทศไม่มีตัวเลขที่วัดด้วยวิธีนี้ และไม่ควรเปรียบเทียบกับตัวเลขความพิการที่แต่ละประเทศรายงานเอง'
};

const PERCENT_OF_ADULTS: Text = {
	en: '% of adults aged 15 and older',
	th: 'ร้อยละของผู้ใหญ่อายุ 15 ปีขึ้นไป'
};

function ddi(
	spec: Pick<IndicatorSpec, 'id' | 'name' | 'unit' | 'definition' | 'direction'> & {
		indicator: string;
		difficulty: string;
		populations: Partial<Record<Sex, string>>;
		tags: string[];
		pair?: IndicatorSpec['pair'];
	}
): IndicatorSpec {
	return {
		id: spec.id,
		group: 'disability',
		name: spec.name,
		unit: spec.unit,
		definition: spec.definition,
		decimals: 1,
		direction: spec.direction,
		...fromDdi(),
		extract: {
			from: 'ddi',
			file: DDI_FILE,
			indicator: spec.indicator,
			difficulty: spec.difficulty,
			populations: spec.populations
		},
		caveat: DDI_CAVEAT,
		method: DDI_METHOD,
		tags: ['DDI', 'Washington Group', ...spec.tags],
		...(spec.pair ? { pair: spec.pair } : {})
	};
}

interface Prevalence {
	id: string;
	difficulty: string;
	name: Text;
	definition: Text;
	populations?: Partial<Record<Sex, string>>;
	unit?: Text;
}

const prevalence = (p: Prevalence): IndicatorSpec =>
	ddi({
		id: p.id,
		name: p.name,
		unit: p.unit ?? PERCENT_OF_ADULTS,
		definition: p.definition,
		direction: 'neutral',
		indicator: 'Adults with disabilities',
		difficulty: p.difficulty,
		populations: p.populations ?? ADULTS,
		tags: ['prevalence', 'comparable']
	});

const DOMAINS: { slug: string; difficulty: string; en: string; th: string }[] = [
	{ slug: 'seeing', difficulty: 'Seeing Disability', en: 'seeing', th: 'การมองเห็น' },
	{ slug: 'hearing', difficulty: 'Hearing Disability', en: 'hearing', th: 'การได้ยิน' },
	{
		slug: 'walking',
		difficulty: 'Mobility Disability',
		en: 'walking or climbing steps',
		th: 'การเดินหรือขึ้นบันได'
	},
	{
		slug: 'remembering',
		difficulty: 'Cognition Disability',
		en: 'remembering or concentrating',
		th: 'การจำหรือการมีสมาธิ'
	},
	{ slug: 'self-care', difficulty: 'Self-care Disability', en: 'self-care', th: 'การดูแลตนเอง' },
	{
		slug: 'communicating',
		difficulty: 'Communication Disability',
		en: 'communicating',
		th: 'การสื่อสาร'
	}
];

const PREVALENCE: IndicatorSpec[] = [
	prevalence({
		id: 'adults-with-disabilities',
		difficulty: 'Disability',
		name: {
			en: 'Adults with disabilities (Washington Group, comparable)',
			th: 'ผู้ใหญ่ที่มีความพิการ (Washington Group เปรียบเทียบระหว่างประเทศได้)'
		},
		definition: {
			en: 'Percentage of adults aged 15 and older with at least some difficulty in at least one of six functional domains (moderate plus severe), by the Washington Group Short Set, as estimated by the Disability Data Initiative.',
			th: 'ร้อยละของผู้ใหญ่อายุ 15 ปีขึ้นไปที่มีความลำบากอย่างน้อยบ้างในอย่างน้อยหนึ่งจากหกด้าน (ระดับปานกลางรวมระดับรุนแรง) ตามชุดคำถามสั้นของ Washington Group ประมาณการโดย Disability Data Initiative'
		}
	}),
	prevalence({
		id: 'adults-65-plus-with-disabilities',
		difficulty: 'Disability',
		populations: { total: 'Adults ages 65 and older' },
		unit: { en: '% of adults aged 65 and older', th: 'ร้อยละของผู้สูงอายุ 65 ปีขึ้นไป' },
		name: {
			en: 'Adults aged 65 and older with disabilities (Washington Group)',
			th: 'ผู้สูงอายุ 65 ปีขึ้นไปที่มีความพิการ (Washington Group)'
		},
		definition: {
			en: 'Percentage of adults aged 65 and older with at least some difficulty in at least one of six functional domains, by the Washington Group Short Set, as estimated by the Disability Data Initiative.',
			th: 'ร้อยละของผู้สูงอายุ 65 ปีขึ้นไปที่มีความลำบากอย่างน้อยบ้างในอย่างน้อยหนึ่งจากหกด้าน ตามชุดคำถามสั้นของ Washington Group ประมาณการโดย Disability Data Initiative'
		}
	}),
	prevalence({
		id: 'adults-with-moderate-disabilities',
		difficulty: 'Moderate Disability',
		name: {
			en: 'Adults with moderate disabilities (Washington Group)',
			th: 'ผู้ใหญ่ที่มีความพิการระดับปานกลาง (Washington Group)'
		},
		definition: {
			en: 'Percentage of adults aged 15 and older with some difficulty in at least one functional domain and no domain with a lot of difficulty or unable to do it (Washington Group Short Set, Disability Data Initiative).',
			th: 'ร้อยละของผู้ใหญ่อายุ 15 ปีขึ้นไปที่มีความลำบากบ้างในอย่างน้อยหนึ่งด้าน และไม่มีด้านใดที่ลำบากมากหรือทำไม่ได้เลย (ชุดคำถามสั้นของ Washington Group โดย Disability Data Initiative)'
		}
	}),
	prevalence({
		id: 'adults-with-severe-disabilities',
		difficulty: 'Severe Disability',
		name: {
			en: 'Adults with severe disabilities (Washington Group)',
			th: 'ผู้ใหญ่ที่มีความพิการระดับรุนแรง (Washington Group)'
		},
		definition: {
			en: 'Percentage of adults aged 15 and older with a lot of difficulty, or unable to do it at all, in at least one functional domain (Washington Group Short Set, Disability Data Initiative).',
			th: 'ร้อยละของผู้ใหญ่อายุ 15 ปีขึ้นไปที่ลำบากมากหรือทำไม่ได้เลยในอย่างน้อยหนึ่งด้าน (ชุดคำถามสั้นของ Washington Group โดย Disability Data Initiative)'
		}
	}),
	...DOMAINS.map((d) =>
		prevalence({
			id: `adults-with-difficulty-${d.slug}`,
			difficulty: d.difficulty,
			name: {
				en: `Adults with difficulty ${d.en} (Washington Group)`,
				th: `ผู้ใหญ่ที่มีความลำบากด้าน${d.th} (Washington Group)`
			},
			definition: {
				en: `Percentage of adults aged 15 and older with at least some difficulty ${d.en} (Washington Group Short Set, Disability Data Initiative).`,
				th: `ร้อยละของผู้ใหญ่อายุ 15 ปีขึ้นไปที่มีความลำบากอย่างน้อยบ้างด้าน${d.th} (ชุดคำถามสั้นของ Washington Group โดย Disability Data Initiative)`
			}
		})
	)
];

interface Outcome {
	slug: string;
	/** The data-gaps page's kind of evidence, where the outcome is one */
	kind?: 'labour' | 'education';
	indicator: string;
	direction: Direction;
	/** What is counted, after "Percentage of adults aged 15 and older with[out] disabilities" */
	what: Text;
	name: Text;
	/** The group counted, when it is not all adults (e.g. youth for the idle rate) */
	base?: { en: string; th: string };
}

const OUTCOMES: Outcome[] = [
	{
		slug: 'employment',
		kind: 'labour',
		indicator: 'Employment',
		direction: 'higher-is-better',
		name: { en: 'Employment', th: 'การมีงานทำ' },
		what: { en: 'who are employed', th: 'ที่มีงานทำ' }
	},
	{
		slug: 'informal-work',
		kind: 'labour',
		indicator: 'Informal work',
		direction: 'lower-is-better',
		name: { en: 'Informal work', th: 'การทำงานนอกระบบ' },
		what: { en: 'who work informally', th: 'ที่ทำงานนอกระบบ' }
	},
	{
		slug: 'youth-idle',
		kind: 'labour',
		indicator: 'Youth idle',
		direction: 'lower-is-better',
		name: { en: 'Neither in school nor working', th: 'การไม่ได้เรียนและไม่ได้ทำงาน' },
		what: { en: 'who are neither in school nor working', th: 'ที่ไม่ได้เรียนและไม่ได้ทำงาน' },
		base: { en: 'young people', th: 'เยาวชน' }
	},
	{
		slug: 'ever-attended-school',
		kind: 'education',
		indicator: 'Ever attended school',
		direction: 'higher-is-better',
		name: { en: 'Ever attended school', th: 'การเคยเข้าเรียนในโรงเรียน' },
		what: { en: 'who ever attended school', th: 'ที่เคยเข้าเรียนในโรงเรียน' }
	},
	{
		slug: 'primary-school-or-higher',
		kind: 'education',
		indicator: 'Primary school or higher',
		direction: 'higher-is-better',
		name: { en: 'Completed primary school or higher', th: 'การจบการศึกษาระดับประถมศึกษาขึ้นไป' },
		what: {
			en: 'who completed primary school or higher',
			th: 'ที่จบการศึกษาระดับประถมศึกษาขึ้นไป'
		}
	},
	{
		slug: 'secondary-school-or-higher',
		kind: 'education',
		indicator: 'Secondary school or higher',
		direction: 'higher-is-better',
		name: {
			en: 'Completed secondary school or higher',
			th: 'การจบการศึกษาระดับมัธยมศึกษาขึ้นไป'
		},
		what: {
			en: 'who completed secondary school or higher',
			th: 'ที่จบการศึกษาระดับมัธยมศึกษาขึ้นไป'
		}
	},
	{
		slug: 'literacy',
		kind: 'education',
		indicator: 'Literacy',
		direction: 'higher-is-better',
		name: { en: 'Literacy', th: 'การรู้หนังสือ' },
		what: { en: 'who are literate', th: 'ที่อ่านออกเขียนได้' }
	},
	{
		slug: 'multidimensional-poverty',
		indicator: 'Multidimensional poverty',
		direction: 'lower-is-better',
		name: { en: 'Multidimensional poverty', th: 'ความยากจนหลายมิติ' },
		what: {
			en: 'who are multidimensionally poor (DDI measure)',
			th: 'ที่อยู่ในภาวะยากจนหลายมิติ (ตามเกณฑ์ของ DDI)'
		}
	},
	{
		slug: 'drinking-water',
		indicator: 'Water',
		direction: 'higher-is-better',
		name: { en: 'Access to drinking water', th: 'การเข้าถึงน้ำดื่ม' },
		what: {
			en: 'living in a household with access to drinking water as DDI defines it',
			th: 'ที่อาศัยในครัวเรือนที่เข้าถึงน้ำดื่มตามนิยามของ DDI'
		}
	},
	{
		slug: 'sanitation',
		indicator: 'Sanitation',
		direction: 'higher-is-better',
		name: { en: 'Access to sanitation', th: 'การเข้าถึงสุขาภิบาล' },
		what: {
			en: 'living in a household with access to sanitation as DDI defines it',
			th: 'ที่อาศัยในครัวเรือนที่เข้าถึงสุขาภิบาลตามนิยามของ DDI'
		}
	},
	{
		slug: 'electricity',
		indicator: 'Electricity',
		direction: 'higher-is-better',
		name: { en: 'Access to electricity', th: 'การเข้าถึงไฟฟ้า' },
		what: {
			en: 'living in a household with electricity',
			th: 'ที่อาศัยในครัวเรือนที่มีไฟฟ้าใช้'
		}
	},
	{
		slug: 'clean-cooking-fuel',
		indicator: 'Clean cooking fuel',
		direction: 'higher-is-better',
		name: { en: 'Clean cooking fuel', th: 'การใช้เชื้อเพลิงสะอาดในการหุงต้ม' },
		what: {
			en: 'living in a household that cooks with clean fuel',
			th: 'ที่อาศัยในครัวเรือนที่ใช้เชื้อเพลิงสะอาดในการหุงต้ม'
		}
	}
];

function outcomePair(o: Outcome): IndicatorSpec[] {
	const pair = {
		with: `${o.slug}-with-disabilities`,
		without: `${o.slug}-without-disabilities`,
		outcome: o.name
	};
	const base = o.base ?? { en: 'adults', th: 'ผู้ใหญ่' };
	return (['with', 'without'] as const).map((status) => {
		const who =
			status === 'with'
				? { en: `${base.en} with disabilities`, th: `${base.th}ที่มีความพิการ` }
				: { en: `${base.en} without disabilities`, th: `${base.th}ที่ไม่มีความพิการ` };
		return ddi({
			id: pair[status],
			name: { en: `${o.name.en}, ${who.en}`, th: `${o.name.th}ของ${who.th}` },
			unit: { en: `% of ${who.en}`, th: `ร้อยละของ${who.th}` },
			definition: {
				en: `Percentage of ${who.en} ${o.what.en} (Disability Data Initiative indicator "${o.indicator}"; disability by the Washington Group Short Set; ${o.base ? 'age group as DDI defines it' : 'aged 15 and older'}). Compare with ${status === 'with' ? 'the same figure for those without disabilities' : 'the same figure for those with disabilities'} in the same survey.`,
				th: `ร้อยละของ${who.th}${o.what.th.replace(/^ที่/, 'ซึ่ง')} (ตัวชี้วัด "${o.indicator}" ของ Disability Data Initiative ระบุความพิการด้วยชุดคำถามสั้นของ Washington Group ${o.base ? 'ช่วงอายุตามนิยามของ DDI' : 'อายุ 15 ปีขึ้นไป'}) ควรเปรียบเทียบกับตัวเลขเดียวกันของ${status === 'with' ? 'ผู้ที่ไม่มีความพิการ' : 'ผู้ที่มีความพิการ'}จากการสำรวจเดียวกัน`
			},
			direction: o.direction,
			indicator: o.indicator,
			difficulty: status === 'with' ? 'Disability' : 'No Disability',
			populations: ADULTS,
			tags: ['disability-gap', 'comparable', ...(o.kind ? [o.kind] : [])],
			pair
		});
	});
}

/** Disability Data Initiative: comparable prevalence and with/without-disability outcome pairs. */
export const DDI_INDICATORS: IndicatorSpec[] = [...PREVALENCE, ...OUTCOMES.flatMap(outcomePair)];
