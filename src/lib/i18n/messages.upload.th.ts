import type { uploadEn } from './messages.upload.en';

/** ข้อความภาษาไทยของหน้านำเข้าข้อมูลและ "ข้อมูลของฉัน" */
export const uploadTh: Record<keyof typeof uploadEn, string> = {
	'nav.mydata': 'ข้อมูลของฉัน'
};
