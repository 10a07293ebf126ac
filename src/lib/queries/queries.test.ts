import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISO3_CODES } from '$lib/countries/members';
import type { Observation } from '$lib/dataset/types';
import { buildScatterQuery } from './scatter';
import { buildMedianByYearQuery } from './median-by-year';
import { buildLineSeriesQuery } from './line-series';
import { buildRankedYearQuery } from './ranked-year';
import type { BuiltQuery } from './types';

const rows: Observation[] = [
	{ indicator_id: 'pension', iso3: 'THA', year: 2010, sex: 'total', value: 81.7, flag: '' },
	{ indicator_id: 'pension', iso3: 'THA', year: 2016, sex: 'total', value: 83, flag: '' },
	{ indicator_id: 'pension', iso3: 'VNM', year: 2016, sex: 'total', value: 39.9, flag: 'estimate' },
	{ indicator_id: 'pension', iso3: 'LAO', year: 2014, sex: 'total', value: 6.1, flag: '' },
	{ indicator_id: 'pension', iso3: 'SGP', year: 2016, sex: 'total', value: 0, flag: '' },
	{ indicator_id: 'lfpr', iso3: 'THA', year: 2016, sex: 'female', value: 59.2, flag: '' },
	{ indicator_id: 'lfpr', iso3: 'THA', year: 2016, sex: 'male', value: 76.1, flag: '' },
	{ indicator_id: 'lfpr', iso3: 'KHM', year: 2016, sex: 'female', value: 76.5, flag: '' }
];

let instance: DuckDBInstance;
let conn: DuckDBConnection;

type Row = { iso3: string; sex: string; year: number | null; value: number | null; flag: string };

async function run(q: BuiltQuery): Promise<Row[]> {
	const reader = await conn.runAndReadAll(q.sql, q.params);
	return reader
		.getRowObjectsJS()
		.map((r) => ({ ...r, year: r.year === null ? null : Number(r.year) }) as Row);
}

beforeAll(async () => {
	instance = await DuckDBInstance.create(':memory:');
	conn = await instance.connect();
	await conn.run(
		'CREATE TABLE observations (indicator_id VARCHAR, iso3 VARCHAR, year INTEGER, sex VARCHAR, value DOUBLE, flag VARCHAR)'
	);
	for (const r of rows) {
		await conn.run('INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?)', [
			r.indicator_id,
			r.iso3,
			r.year,
			r.sex,
			r.value,
			r.flag || null
		]);
	}
	await conn.run('CREATE TABLE countries (iso3 VARCHAR)');
	for (const iso3 of ISO3_CODES) await conn.run('INSERT INTO countries VALUES (?)', [iso3]);
});

afterAll(() => {
	conn?.closeSync();
});

describe('line series query', () => {
	it('keeps values out of the SQL text', () => {
		const q = buildLineSeriesQuery({
			indicatorId: "x'; DROP TABLE t; --",
			countries: ['THA'],
			sexes: ['total']
		});
		expect(q.sql).not.toContain('DROP');
		expect(q.params).toEqual(["x'; DROP TABLE t; --", 'THA', 'total']);
		expect(q.sql).toMatchInlineSnapshot(`
			"SELECT iso3, year, sex, value, coalesce(flag, '') AS flag
			FROM observations
			WHERE indicator_id = ?
			  AND iso3 IN (?)
			  AND sex IN (?)
			ORDER BY iso3, sex, year"
		`);
	});

	it('returns the published points of the chosen countries in time order', async () => {
		const request = {
			indicatorId: 'pension',
			countries: ['THA', 'VNM', 'BRN'],
			sexes: ['total'] as const
		};
		const fromDuckdb = await run(buildLineSeriesQuery({ ...request, sexes: [...request.sexes] }));
		expect(fromDuckdb.map((r) => `${r.iso3}${r.year}`)).toEqual(['THA2010', 'THA2016', 'VNM2016']);
	});
});

describe('ranked year query', () => {
	it('returns all 11 members, with no-data rows as null and true zeros kept', async () => {
		const ranked = await run(
			buildRankedYearQuery({ indicatorId: 'pension', sexes: ['total'], year: 2016 })
		);
		expect(ranked).toHaveLength(11);
		expect(ranked.slice(0, 3).map((r) => [r.iso3, r.value])).toEqual([
			['THA', 83],
			['VNM', 39.9],
			['SGP', 0]
		]);
		expect(ranked.find((r) => r.iso3 === 'LAO')).toMatchObject({ value: null, year: null });
	});

	it("takes each member's most recent value for 'latest'", async () => {
		const ranked = await run(
			buildRankedYearQuery({ indicatorId: 'pension', sexes: ['total'], year: 'latest' })
		);
		expect(ranked.find((r) => r.iso3 === 'LAO')).toMatchObject({ value: 6.1, year: 2014 });
		expect(ranked.find((r) => r.iso3 === 'THA')).toMatchObject({ value: 83, year: 2016 });
	});

	it('pairs female and male rows for every member', async () => {
		const ranked = await run(
			buildRankedYearQuery({ indicatorId: 'lfpr', sexes: ['female', 'male'], year: 2016 })
		);
		expect(ranked).toHaveLength(22);
		expect(ranked.filter((r) => r.value !== null).map((r) => `${r.iso3}:${r.sex}`)).toEqual([
			'KHM:female',
			'THA:female',
			'THA:male'
		]);
	});
});

describe('ASEAN median by year', () => {
	it('is drawn only for years a majority of members report, ', async () => {
		const many: Observation[] = ISO3_CODES.slice(0, 7).map((iso3, i) => ({
			indicator_id: 'm',
			iso3,
			year: 2020,
			sex: 'total',
			value: i * 10,
			flag: ''
		}));
		many.push({ ...many[0], year: 2021 });
		for (const r of many) {
			await conn.run('INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?)', [
				r.indicator_id,
				r.iso3,
				r.year,
				r.sex,
				r.value,
				null
			]);
		}
		const reader = await conn.runAndReadAll(
			buildMedianByYearQuery('m', 'total').sql,
			buildMedianByYearQuery('m', 'total').params
		);
		const fromDuckdb = reader.getRowObjectsJS().map((r) => ({
			year: Number(r.year),
			value: Number(r.value),
			countries: Number(r.countries)
		}));
		expect(fromDuckdb).toEqual([{ year: 2020, value: 30, countries: 7 }]);
	});
});

describe('change since a year', () => {
	it('subtracts each series own base value and drops series without one', async () => {
		const q = buildLineSeriesQuery({
			indicatorId: 'pension',
			countries: ['THA', 'VNM', 'LAO'],
			sexes: ['total'],
			since: 2010
		});
		expect(await run(q)).toEqual([
			{ iso3: 'THA', sex: 'total', year: 2010, value: 0, flag: '' },
			{ iso3: 'THA', sex: 'total', year: 2016, value: 83 - 81.7, flag: '' }
		]);
	});
});

describe('scatter query', () => {
	it('pairs each member with its most recent value on both axes within the tolerance', async () => {
		const request = {
			x: { indicatorId: 'pension', sex: 'total' as const },
			y: { indicatorId: 'lfpr', sex: 'female' as const },
			year: 2016,
			tolerance: 5
		};
		const q = buildScatterQuery(request);
		const reader = await conn.runAndReadAll(q.sql, q.params);
		const fromDuckdb = reader.getRowObjectsJS().map((r) => ({
			iso3: r.iso3,
			x: r.x,
			x_year: r.x_year === null ? null : Number(r.x_year),
			y: r.y,
			y_year: r.y_year === null ? null : Number(r.y_year)
		}));
		expect(fromDuckdb).toHaveLength(11);
		expect(fromDuckdb.find((p) => p.iso3 === 'THA')).toEqual({
			iso3: 'THA',
			x: 83,
			x_year: 2016,
			y: 59.2,
			y_year: 2016
		});
		expect(fromDuckdb.find((p) => p.iso3 === 'LAO')).toMatchObject({
			x: 6.1,
			x_year: 2014,
			y: null
		});
		const narrow = await conn.runAndReadAll(
			buildScatterQuery({ ...request, tolerance: 1 }).sql,
			buildScatterQuery({ ...request, tolerance: 1 }).params
		);
		expect(narrow.getRowObjectsJS().find((p) => p.iso3 === 'LAO')?.x).toBeNull();
	});
});
