import type { slidesEn } from './messages.slides.en';

/** ข้อความภาษาไทยของการเล่นตามปี การส่งออกสไลด์ และการฝังกราฟ */
export const slidesTh: Record<keyof typeof slidesEn, string> = {
	'embed.unknownChart': 'ลิงก์นี้ขอกราฟชื่อ “{chart}” ซึ่งไม่มีในหน้านี้ โปรดเลือกกราฟที่มี:',
	'embed.chart.ranked': 'จัดอันดับประเทศสมาชิก',
	'embed.chart.map': 'แผนที่',
	'embed.chart.trend': 'แนวโน้มตามช่วงเวลา',
	'embed.chart.multiples': 'แยกกราฟรายประเทศ',
	'embed.chart.gender-gap': 'หญิงและชาย',
	'export.tablesSource': 'แหล่งข้อมูลและสัญญาอนุญาตของทุกตัวชี้วัด: หน้าแหล่งข้อมูลของแดชบอร์ด',
	'play.group': 'เล่นตามลำดับปี',
	'play.play': 'เล่น',
	'play.pause': 'หยุดชั่วคราว',
	'play.back': 'ย้อนกลับหนึ่งปี',
	'play.forward': 'ไปข้างหน้าหนึ่งปี',
	'play.end': 'ไปที่ปีล่าสุด',
	'play.speed': 'ความเร็ว',
	'play.speedOption': '{s} วินาทีต่อปี',
	'play.year': 'ปีที่แสดง: {year}',
	'export.slidePng': 'สไลด์ PNG (16:9)',
	'export.slideSvg': 'สไลด์ SVG',
	'export.embed': 'ฝังในเว็บ',
	'export.embedUrl': 'ที่อยู่ของกราฟที่ฝัง',
	'export.embedCode': 'โค้ดสำหรับวางในหน้าเว็บ'
};
