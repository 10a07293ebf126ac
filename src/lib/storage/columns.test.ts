import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISO3_CODES } from '$lib/countries/members';
import type { TidyRow } from '$lib/upload/report';
import {
	coverage,
	coverageBySets,
	indicatorsOf,
	packRows,
	fractionDigits,
	publishedDecimals,
	SEXES,
	unpackColumns
} from './columns';

const row = fc.record({
	indicator: fc.constantFrom('GDP', 'Poverty', '<b>x</b>'),
	iso3: fc.constantFrom(...ISO3_CODES),
	year: fc.integer({ min: 1800, max: 2100 }),
	sex: fc.constantFrom(...SEXES),
	value: fc.double({ noNaN: true, noDefaultInfinity: true }),
	line: fc.nat()
}) as fc.Arbitrary<TidyRow>;

describe('tidy columns', () => {
	it('pack and unpack give back every row', () => {
		fc.assert(
			fc.property(fc.array(row, { maxLength: 50 }), (rows) => {
				const drafts = indicatorsOf(rows);
				const positions = new Map(drafts.map((d, k) => [d.key, k]));
				const packed = packRows(rows, positions);
				const indicators = drafts.map((d, k) => ({
					id: `user-x-${k + 1}`,
					name: d.name,
					unit: '',
					sexes: [],
					years: [],
					observations: 0
				}));
				const plain = unpackColumns(packed, indicators);
				rows.forEach((r, i) => {
					expect(indicators.find((ind) => ind.id === plain.indicator_id[i])?.name).toBe(
						r.indicator
					);
					expect([plain.iso3[i], plain.year[i], plain.sex[i]]).toEqual([r.iso3, r.year, r.sex]);
					expect(plain.value[i]).toBe(r.value);
				});
			})
		);
	});

	it('keys indicators by code when there is one, and reports years and sexes per indicator', () => {
		const rows: TidyRow[] = [
			{
				indicator: 'A',
				indicatorCode: 'X.1',
				iso3: 'THA',
				year: 2001,
				sex: 'female',
				value: 1,
				line: 2
			},
			{
				indicator: 'A (renamed)',
				indicatorCode: 'X.1',
				iso3: 'THA',
				year: 2000,
				sex: 'male',
				value: 2,
				line: 3
			},
			{ indicator: 'B', iso3: 'VNM', year: 2005, sex: 'total', value: 3, line: 4 }
		];
		const drafts = indicatorsOf(rows);
		expect(drafts).toEqual([
			{ key: 'code:X.1', name: 'A', code: 'X.1' },
			{ key: 'name:B', name: 'B' }
		]);
		const packed = packRows(rows, new Map(drafts.map((d, k) => [d.key, k])));
		expect(coverage(packed, 2)).toEqual([
			{ sexes: ['female', 'male'], years: [2000, 2001], observations: 2 },
			{ sexes: ['total'], years: [2005], observations: 1 }
		]);
	});
});

describe('coverage', () => {
	it('finds the same sexes, years and counts as sets would, also for years beyond any table', () => {
		let seed = 7;
		const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
		for (const [n, indicators, from, years] of [
			[0, 3, 2000, 1],
			[1, 1, 1900, 1],
			[5000, 40, 1900, 201],
			[3000, 5000, -30000, 60000]
		]) {
			const rows = {
				indicator: Uint32Array.from({ length: n }, () => random(indicators)),
				iso3: new Uint8Array(n),
				year: Int16Array.from({ length: n }, () => from + random(years)),
				sex: Uint8Array.from({ length: n }, () => random(3)),
				value: new Float64Array(n)
			};
			const found = coverage(rows, indicators);
			expect(found).toEqual(coverageBySets(rows, indicators));
			expect(found.reduce((sum, c) => sum + c.observations, 0)).toBe(n);
		}
	});
});

describe('published decimals', () => {
	it('counts the decimals each indicator carries, at most 6, whole numbers as 0', () => {
		const rows = {
			indicator: Uint32Array.from([0, 0, 1, 1, 2, 2, 3]),
			iso3: new Uint8Array(7),
			year: new Int16Array(7),
			sex: new Uint8Array(7),
			value: Float64Array.from([12, 63.5, 0.125, -4, 1e-7, 3, 2e21])
		};
		expect(publishedDecimals(rows, 5)).toEqual([1, 3, 6, 6, 0]);
	});

	it('count as many decimals as the value is written with, for any double', () => {
		const written = (value: number) => {
			const text = String(value);
			return /e/i.test(text) ? 6 : Math.min(6, text.split('.')[1]?.length ?? 0);
		};
		const decimal = fc
			.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 9 }))
			.map(([n, d]) => n / 10 ** d);
		const sum = fc.tuple(decimal, decimal).map(([a, b]) => a + b);
		fc.assert(
			fc.property(
				fc.oneof(decimal, sum, fc.double({ noNaN: true, noDefaultInfinity: true })),
				(v) => {
					expect(fractionDigits(v)).toBe(written(v));
				}
			),
			{ numRuns: 20_000 }
		);
		for (const v of [0.1 + 0.2, 1.15, 4.35, -0, 1e-6, 1e-7, 123456789.123456, 2 ** 53 + 2])
			expect(fractionDigits(v)).toBe(written(v));
	});
});
