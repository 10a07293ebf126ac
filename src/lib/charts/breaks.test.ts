import { describe, expect, it } from 'vitest';
import { breaksWithin, piecesAtBreaks } from './breaks';

const vnm = [
	{ year: 2016, value: 9.7 },
	{ year: 2017, value: 9 },
	{ year: 2020, value: 83.5 }
];

describe('method breaks', () => {
	it('starts a new piece at the first year measured the new way', () => {
		expect(piecesAtBreaks(vnm, [2020])).toEqual([vnm.slice(0, 2), vnm.slice(2)]);
		expect(piecesAtBreaks(vnm, [2018])).toEqual([vnm.slice(0, 2), vnm.slice(2)]);
	});

	it('keeps a series whole without a break inside it', () => {
		expect(piecesAtBreaks(vnm, [])).toEqual([vnm]);
		expect(piecesAtBreaks(vnm, [2016])).toEqual([vnm]);
		expect(piecesAtBreaks(vnm, [2030])).toEqual([vnm]);
		expect(piecesAtBreaks([], [2020])).toEqual([]);
	});

	it("finds only this member's breaks with points on both sides", () => {
		const breaks = [
			{ iso3: 'VNM', year: 2020 },
			{ iso3: 'THA', year: 2017 },
			{ iso3: 'VNM', year: 2016 }
		];
		expect(breaksWithin(vnm, 'VNM', breaks)).toEqual([
			{ year: 2020, before: vnm[1], after: vnm[2] }
		]);
		expect(breaksWithin(vnm.slice(2), 'VNM', breaks)).toEqual([]);
	});
});
