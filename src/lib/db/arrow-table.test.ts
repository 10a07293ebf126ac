import {
	Field,
	Float64,
	Int64,
	List,
	tableFromArrays,
	tableFromIPC,
	tableToIPC,
	Table,
	vectorFromArray
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowTable, dictionaryTable, plainRows } from './arrow-table';

describe('Arrow tables without builders', () => {
	it('encodes every text as TextEncoder does: empty, emoji, a lone surrogate, all in one buffer', () => {
		const texts = ['', 'ไทย', '👩🏽‍⚕️ care', 'a\ud800b', '€'.repeat(1000), 'plain'];
		const back = tableFromIPC(tableToIPC(arrowTable({ text: texts }), 'stream'));
		const expected = texts.map((t) => new TextDecoder().decode(new TextEncoder().encode(t)));
		expect(back.getChild('text')!.toArray()).toEqual(expected);
	});

	it('round-trips strings (Thai included), numbers, ints and nulls through IPC', () => {
		const table = arrowTable(
			{
				iso3: ['THA', 'VNM', null],
				name: ['ไทย', 'Viet Nam', '<script>'],
				year: [2019, null, 2021],
				value: [0, 12.5, null]
			},
			['year']
		);
		const back = tableFromIPC(tableToIPC(table, 'stream'));
		expect(back.numRows).toBe(3);
		expect(back.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
			'iso3:Utf8',
			'name:Utf8',
			'year:Int32',
			'value:Float64'
		]);
		expect(back.toArray().map((r) => r.toJSON())).toEqual([
			{ iso3: 'THA', name: 'ไทย', year: 2019, value: 0 },
			{ iso3: 'VNM', name: 'Viet Nam', year: null, value: 12.5 },
			{ iso3: null, name: '<script>', year: 2021, value: null }
		]);
	});

	it('never compiles code, so it runs under a no-eval Content-Security-Policy', () => {
		const original = globalThis.Function;
		const spy = new Proxy(original, {
			construct() {
				throw new Error('new Function called');
			},
			apply() {
				throw new Error('Function called');
			}
		});
		globalThis.Function = spy;
		try {
			expect(() => arrowTable({ a: ['x', null], b: [1, 2] })).not.toThrow();
		} finally {
			globalThis.Function = original;
		}
	});

	it('keeps typed arrays as columns of the same width, values unchanged', () => {
		const columns = {
			indicator: Uint32Array.from([0, 7, 70000]),
			iso3: Uint8Array.from([0, 10, 3]),
			year: Int16Array.from([1990, 2024, 1900]),
			value: Float64Array.from([-4.8, 0, 1e-12])
		};
		const back = tableFromIPC(tableToIPC(dictionaryTable(columns), 'stream'));
		expect(back.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
			'indicator:Uint32',
			'iso3:Uint8',
			'year:Int16',
			'value:Float64'
		]);
		for (const [name, values] of Object.entries(columns)) {
			expect(Array.from(back.getChild(name)!.toArray() as ArrayLike<number>)).toEqual(
				Array.from(values)
			);
		}
	});

	it('sends a dictionary column as its texts and one position per row', () => {
		const positions = Int16Array.from([2, 0, 2, 1]);
		const table = dictionaryTable({ sex: { texts: ['total', 'female', 'male'], positions } });
		const back = tableFromIPC(tableToIPC(table, 'stream'));
		expect(String(back.schema.fields[0].type)).toBe('Dictionary<Int16, Utf8>');
		expect([...back.getChild('sex')!]).toEqual(['male', 'total', 'male', 'female']);
	});
});

describe('plain rows', () => {
	it('gives what each row proxy gives, over several batches, with BIGINT as number', () => {
		const first = arrowTable({ id: ['a', null], year: [2019, null], value: [1.5, null] }, ['year']);
		const second = arrowTable({ id: ['ไทย'], year: [2021], value: [-4.8] }, ['year']);
		const table = new Table([...first.batches, ...second.batches]);
		expect(table.batches.length).toBe(2);
		const proxies = table.toArray().map((r) => r.toJSON());
		expect(plainRows(table)).toEqual(proxies);
		const counts = tableFromArrays({ n: BigInt64Array.from([3n, 12n]) });
		expect(plainRows(counts)).toEqual([{ n: 3 }, { n: 12 }]);
	});

	it('gives LIST cells as plain arrays, in order, BIGINT items as numbers', () => {
		const lists = new Field('item', new Float64(), true);
		const ids = new Field('item', new Int64(), true);
		const valuesType = new List(lists);
		const countsType = new List(ids);
		const values = vectorFromArray([[1.5, -4.8, 0.1 + 0.2], [], [1e-300]], valuesType);
		const counts = vectorFromArray([[1n, 2n], [3n], []], countsType);
		const table = new Table({ values, counts });
		const rows = plainRows(table);
		expect(
			rows.map((r) => ({ values: Array.from(r.values as ArrayLike<number>), counts: r.counts }))
		).toEqual([
			{ values: [1.5, -4.8, 0.1 + 0.2], counts: [1, 2] },
			{ values: [], counts: [3] },
			{ values: [1e-300], counts: [] }
		]);
		// Numbers without gaps as the typed array they arrived in
		expect(rows[0].values).toBeInstanceOf(Float64Array);
	});

	it('gives a LIST with a gap as a plain array holding null there, never 0', () => {
		const values = vectorFromArray(
			[[1.5, null, 2], [null]],
			new List(new Field('item', new Float64(), true))
		);
		const rows = plainRows(new Table({ values }));
		expect(rows).toEqual([{ values: [1.5, null, 2] }, { values: [null] }]);
		expect(Array.isArray(rows[0].values)).toBe(true);
	});
});
