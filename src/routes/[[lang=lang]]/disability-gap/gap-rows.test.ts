import { describe, expect, it } from 'vitest';
import type { Observation } from '$lib/dataset/types';
import { gapRows } from './gap-rows';

const o = (iso3: string, value: number, sex: Observation['sex'] = 'total'): Observation =>
	({ indicator_id: 'x', iso3, year: 2019, sex, value, flag: '' }) as Observation;
const survey = { code: 'Cambodia_IPUMS_2019', year: 2019, name: { en: 'Census', th: 'สำมะโน' } };

describe('gapRows', () => {
	it('orders countries by the distance between the two values, widest first, missing halves last', () => {
		const rows = gapRows(
			[o('KHM', 60), o('VNM', 40), o('PHL', 10), o('KHM', 1, 'female')],
			[o('KHM', 70), o('VNM', 75), o('TLS', 50)],
			{ KHM: survey },
			{}
		);
		expect(rows.map((r) => [r.iso3, r.with, r.without])).toEqual([
			['VNM', 40, 75],
			['KHM', 60, 70],
			['PHL', 10, null],
			['TLS', null, 50]
		]);
		expect(rows[1].survey).toEqual(survey);
		expect(rows[0].survey).toBeNull();
	});
});
