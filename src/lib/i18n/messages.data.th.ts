import type { dataEn } from './messages.data.en';

/** ข้อความภาษาไทยเรื่องความเป็นปัจจุบันของข้อมูล การเปลี่ยนวิธีวัด และชื่อการสำรวจ */
export const dataTh: Record<keyof typeof dataEn, string> = {
	'fresh.title': 'ข้อมูลล่าสุดเป็นของปีใด',
	'fresh.rule':
		'“เก่ากว่า 5 ปี” หมายถึงตัวเลขล่าสุดที่มาจากก่อนปี {from} คือเก่ากว่าปี {reference} ซึ่งเป็นปีล่าสุดของชุดข้อมูลทั้งหมดเกิน 5 ปี',
	'fresh.caption': 'ปีล่าสุดที่มีข้อมูลของแต่ละประเทศ: {name}',
	'fresh.latest': 'ปีล่าสุด',
	'fresh.old': 'เก่ากว่า 5 ปี',
	'fresh.summary': 'จากประเทศที่มีข้อมูล {m} ประเทศ มี {n} ประเทศที่ไม่มีตัวเลขตั้งแต่ปี {from} ขึ้นไป',
	'fresh.summary.none': 'ทุกประเทศที่มีข้อมูลมีตัวเลขตั้งแต่ปี {from} ขึ้นไป',
	'home.fresh.sort': 'เรียงลำดับ',
	'home.fresh.sort.topic': 'ตามหัวข้อ',
	'home.fresh.sort.recent': 'ข้อมูลล่าสุดก่อน',
	'home.fresh.only': 'เฉพาะตัวชี้วัดที่มีข้อมูลตั้งแต่ปี {from} ขึ้นไป',
	'home.fresh.newest': 'ข้อมูลล่าสุด: {year}',
	'home.fresh.none': 'ไม่มีตัวชี้วัดที่ตรงกับเงื่อนไข',
	'profile.fresh.summary':
		'จากตัวเลข {m} รายการที่แสดง มี {n} รายการที่เก่ากว่า 5 ปี (ก่อนปี {from} ส่วนปีล่าสุดของชุดข้อมูลคือ {reference}) ซึ่งมีเครื่องหมาย “เก่ากว่า 5 ปี” กำกับ',
	'profile.fresh.none': 'ตัวเลขทั้ง {m} รายการที่แสดงไม่มีรายการใดเก่ากว่า 5 ปี (ทั้งหมดตั้งแต่ปี {from} ขึ้นไป)',
	'chart.break.mark': 'วิธีวัดใหม่',
	'chart.break.note': 'เส้นไม่ได้ลากต่อข้ามจุดที่วิธีวัดเปลี่ยน (ทำเครื่องหมาย ┆ วิธีวัดใหม่): {list}',
	'chart.break.item': '{country} ตั้งแต่ปี {year}',
	'table.break': 'วิธีวัดใหม่ตั้งแต่ปีนี้',
	'chart.survey': '{survey} ปี {year}',
	'notcomparable.short': 'เปรียบเทียบระหว่างประเทศไม่ได้',
	'ranked.caveat': 'วิธีอ่านการจัดอันดับนี้'
};
