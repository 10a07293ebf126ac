import { fromSdg, sdgFile } from './sources';
import type { Group, IndicatorSpec, Text } from './types';

/** UNODC's own warning, shown on every trafficking page: counts measure detection, not harm. */
export const TRAFFICKING_CAVEAT: Text = {
	en: 'UNODC: these are victims detected by the authorities. Detection depends on how hard a country looks (laws, police and victim-support capacity, reporting), so a higher number does not mean a worse situation, and a lower one does not mean fewer victims. Do not read the ranking as better or worse.',
	th: 'UNODC ระบุว่าตัวเลขนี้คือจำนวนผู้เสียหายที่เจ้าหน้าที่ตรวจพบ ซึ่งขึ้นอยู่กับว่าแต่ละประเทศเอาจริงกับการค้นหามากเพียงใด (กฎหมาย ศักยภาพของตำรวจและหน่วยช่วยเหลือผู้เสียหาย การรายงาน) ตัวเลขที่สูงกว่าจึงไม่ได้แปลว่าสถานการณ์แย่กว่า และตัวเลขที่ต่ำกว่าก็ไม่ได้แปลว่ามีผู้เสียหายน้อยกว่า อย่าอ่านการจัดอันดับว่าดีกว่าหรือแย่กว่า'
};

interface Trafficking {
	id: string;
	group: Group;
	age: 'ALLAGE' | '<18Y';
	rate: boolean;
	name: Text;
	who: Text;
}

function trafficking(t: Trafficking): IndicatorSpec {
	const series = t.rate ? 'vc_htf_detvr' : 'vc_htf_detv';
	return {
		id: t.id,
		group: t.group,
		name: t.name,
		unit: t.rate
			? { en: 'detected victims per 100,000 population', th: 'ผู้เสียหายที่ตรวจพบต่อประชากร 100,000 คน' }
			: { en: 'detected victims', th: 'จำนวนผู้เสียหายที่ตรวจพบ (คน)' },
		definition: t.rate
			? {
					en: `Detected victims of trafficking in persons (${t.who.en}) per 100,000 population, as UNODC publishes it for each age and sex group (SDG 16.2.2, series VC_HTF_DETVR; UNODC Global Report on Trafficking in Persons).`,
					th: `จำนวนผู้เสียหายจากการค้ามนุษย์ที่ตรวจพบ (${t.who.th}) ต่อประชากร 100,000 คน ตามที่ UNODC เผยแพร่สำหรับแต่ละกลุ่มอายุและเพศ (ตัวชี้วัด SDG 16.2.2 อนุกรม VC_HTF_DETVR จากรายงานการค้ามนุษย์โลกของ UNODC)`
				}
			: {
					en: `Number of detected victims of trafficking in persons (${t.who.en}) reported to UNODC (SDG 16.2.2, series VC_HTF_DETV; UNODC Global Report on Trafficking in Persons).`,
					th: `จำนวนผู้เสียหายจากการค้ามนุษย์ที่ตรวจพบ (${t.who.th}) ตามที่รายงานต่อ UNODC (ตัวชี้วัด SDG 16.2.2 อนุกรม VC_HTF_DETV จากรายงานการค้ามนุษย์โลกของ UNODC)`
				},
		decimals: t.rate ? 2 : 0,
		direction: 'neutral',
		...fromSdg('United Nations Office on Drugs and Crime (UNODC)', series, '2023'),
		extract: {
			from: 'sdg',
			file: sdgFile(series, 'age--geo_area--nature--sex--units', '2023'),
			slice: { age: t.age, units: t.rate ? 'PER_100000_POP' : 'NUMBER' }
		},
		caveat: TRAFFICKING_CAVEAT,
		tags: ['SDG 16.2.2', series.toUpperCase(), 'trafficking']
	};
}

const ALL_AGES: Text = { en: 'all ages', th: 'ทุกกลุ่มอายุ' };
const CHILDREN: Text = { en: 'children under 18', th: 'เด็กอายุต่ำกว่า 18 ปี' };

/**
 * Women's pages open on the female slice of the all-ages series, i.e. women and girls; the
 * children's pages on the under-18 series.
 */
export const TRAFFICKING: IndicatorSpec[] = [
	trafficking({
		id: 'trafficking-victims-detected',
		group: 'women',
		age: 'ALLAGE',
		rate: false,
		who: ALL_AGES,
		name: {
			en: 'Detected victims of trafficking in persons',
			th: 'ผู้เสียหายจากการค้ามนุษย์ที่ตรวจพบ'
		}
	}),
	trafficking({
		id: 'trafficking-victims-detected-rate',
		group: 'women',
		age: 'ALLAGE',
		rate: true,
		who: ALL_AGES,
		name: {
			en: 'Detected victims of trafficking in persons per 100,000',
			th: 'ผู้เสียหายจากการค้ามนุษย์ที่ตรวจพบต่อประชากร 100,000 คน'
		}
	}),
	trafficking({
		id: 'child-trafficking-victims-detected',
		group: 'children',
		age: '<18Y',
		rate: false,
		who: CHILDREN,
		name: {
			en: 'Detected child victims of trafficking in persons',
			th: 'เด็กที่เป็นผู้เสียหายจากการค้ามนุษย์ที่ตรวจพบ'
		}
	}),
	trafficking({
		id: 'child-trafficking-victims-detected-rate',
		group: 'children',
		age: '<18Y',
		rate: true,
		who: CHILDREN,
		name: {
			en: 'Detected child victims of trafficking in persons per 100,000',
			th: 'เด็กที่เป็นผู้เสียหายจากการค้ามนุษย์ที่ตรวจพบต่อประชากร 100,000 คน'
		}
	})
];
