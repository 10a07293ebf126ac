import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorsOf, packRows } from '$lib/storage/columns';
import { analyseFile } from './import';
import { ObservationStore } from './observations';

const root = path.resolve(process.cwd(), '../shared/fixtures/upload');
const encode = (text: string) => new TextEncoder().encode(text);

/** The columns the worker stores, against the same rows packed one object at a time. */
function expectSameColumns(bytes: Uint8Array, name: string) {
	const { result, observations } = analyseFile(bytes, name);
	if (!observations) return 0;
	const indicators = indicatorsOf(result.rows);
	const expected = packRows(result.rows, new Map(indicators.map((d, k) => [d.key, k])));
	const packed = observations.pack();
	expect(packed.indicators).toEqual(indicators);
	expect(packed.rows).toEqual(expected);
	return result.rows.length;
}

describe('observations kept as columns', () => {
	it.skipIf(!existsSync(root))(
		'pack every fixture exactly as its row objects would',
		() => {
			let compared = 0;
			for (const dir of ['real', 'bad']) {
				for (const name of readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.csv'))) {
					compared += expectSameColumns(
						new Uint8Array(readFileSync(path.join(root, dir, name))),
						name
					);
				}
			}
			// The real exports hold thousands of ASEAN values: the comparison is not vacuous.
			expect(compared).toBeGreaterThan(1000);
			// About 1.6 s alone; 8 s was seen beside other suites on a loaded 2-core machine.
		},
		30_000
	);

	it('keep wide rows in line order with their years sorted, and each row its own name', () => {
		const csv = [
			'country,code,indicator,2001,2000',
			'Thailand,IND.A,Poverty,2,1',
			'Viet Nam,IND.A,Poverty (alt),4,3',
			'Thailand,IND.B,Births,,5'
		].join('\n');
		expect(expectSameColumns(encode(csv), 'wide.csv')).toBe(5);
		const { result } = analyseFile(encode(csv), 'wide.csv');
		expect(result.rows.map((r) => [r.line, r.year, r.value, r.indicator])).toEqual([
			[2, 2000, 1, 'Poverty'],
			[2, 2001, 2, 'Poverty'],
			[3, 2000, 3, 'Poverty (alt)'],
			[3, 2001, 4, 'Poverty (alt)'],
			[4, 2000, 5, 'Births']
		]);
	});

	it('gives the same parts the same series, a code grouping its names as seriesId does', () => {
		const store = new ObservationStore();
		const a = store.seriesOf('Poverty', undefined, 'THA', 'total');
		expect(store.seriesOf('Poverty', undefined, 'THA', 'total')).toBe(a);
		const others = [
			store.seriesOf('Poverty', undefined, 'VNM', 'total'),
			store.seriesOf('Poverty', undefined, 'THA', 'female'),
			store.seriesOf('Poverty', 'SI.POV', 'THA', 'total'),
			store.seriesOf('Poverty (alt)', 'SI.POV', 'THA', 'total')
		];
		expect(new Set([a, ...others]).size).toBe(5);
		expect(store.series[others[3]]).toEqual({
			indicator: 'Poverty (alt)',
			indicatorCode: 'SI.POV',
			iso3: 'THA',
			sex: 'total'
		});
		// One code, two names, one year each: a duplicate of the group, as with seriesId.
		store.add(others[2], 2000, 1, 2, 0);
		store.add(others[3], 2000, 2, 3, 0);
		expect(store.duplicates()).toEqual([[0, 1]]);
	});

	it('find duplicates wherever they are, and only within indicator, member and sex', () => {
		const store = new ObservationStore();
		const base = { indicator: 'P', iso3: 'THA', sex: 'total' } as const;
		const a = store.seriesId('P|THA', base);
		const b = store.seriesId('P|VNM', { ...base, iso3: 'VNM' });
		// Same code, another name: its own series, the same group.
		const c = store.seriesId('X|THA', { ...base, indicator: 'One', indicatorCode: 'X' });
		const d = store.seriesId('X|THA', { ...base, indicator: 'Two', indicatorCode: 'X' });
		expect(new Set([a, b, c, d]).size).toBe(4);
		store.add(a, 2000, 1, 2, 0);
		store.add(b, 2000, 1, 3, 0);
		store.add(c, 2000, 7, 4, 0);
		expect(store.duplicates()).toEqual([]);
		store.add(d, 2000, 8, 5, 0);
		store.add(a, 2000, 1, 6, 0);
		store.add(a, 2001, 1, 7, 0);
		store.add(a, 2000, 9, 8, 0);
		// Listed by group in order of first appearance, then year.
		expect(store.duplicates()).toEqual([
			[0, 4, 6],
			[2, 3]
		]);
	});

	it('find duplicates of years the bit table does not cover', () => {
		const store = new ObservationStore();
		const s = store.seriesId('P|THA', { indicator: 'P', iso3: 'THA', sex: 'total' });
		store.add(s, 1850, 1, 2, 0);
		store.add(s, 2500, 1, 3, 0);
		store.add(s, 1850, 2, 4, 0);
		expect(store.duplicates()).toEqual([[0, 2]]);
		store.drop(2);
		expect(Array.from(store.kept())).toEqual([0, 1]);
	});

	it('grow past their first allocation without losing a value', () => {
		const store = new ObservationStore();
		const n = 5000;
		for (let i = 0; i < n; i++) {
			const s = store.seriesId(`S${i % 700}`, {
				indicator: `S${i % 700}`,
				iso3: 'MMR',
				sex: 'male'
			});
			store.add(s, 1900 + Math.floor(i / 700), i + 0.5, i + 2, 3);
		}
		expect(store.duplicates()).toEqual([]);
		const order = store.kept();
		expect(order.length).toBe(n);
		expect(store.valueAt(order[n - 1])).toBe(n - 0.5);
		expect(store.row(order[1234])).toEqual({
			indicator: 'S534',
			iso3: 'MMR',
			year: 1901,
			sex: 'male',
			value: 1234.5,
			line: 1236
		});
	});
});
