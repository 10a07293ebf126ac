import type { slidesEn } from './messages.slides.en';

/** ข้อความภาษาไทยของการเล่นตามปี การส่งออกสไลด์ และการฝังกราฟ */
export const slidesTh: Record<keyof typeof slidesEn, string> = {
	'play.group': 'เล่นตามลำดับปี',
	'play.play': 'เล่น',
	'play.pause': 'หยุดชั่วคราว',
	'play.back': 'ย้อนกลับหนึ่งปี',
	'play.forward': 'ไปข้างหน้าหนึ่งปี',
	'play.end': 'ไปที่ปีล่าสุด',
	'play.speed': 'ความเร็ว',
	'play.speedOption': '{s} วินาทีต่อปี',
	'play.year': 'ปีที่แสดง: {year}'
};
