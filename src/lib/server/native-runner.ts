/**
 * The build-time engine: native DuckDB over the committed dataset, running the same SQL builders
 * the browser runs on DuckDB-WASM, so a prerendered chart and a live one come from one query.
 */
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ISO3_CODES } from '$lib/countries/members';
import { COUNTRIES_DDL, OBSERVATIONS_DDL } from '$lib/db/schema';
import type { BuiltQuery, QueryRunner } from '$lib/queries/types';

/** One engine per dataset file for the whole build; prerendering only ever reads it. */
const engines = new Map<string, Promise<DuckDBInstance>>();

async function start(csvPath: string): Promise<DuckDBInstance> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		await conn.run(OBSERVATIONS_DDL);
		await conn.run(COUNTRIES_DDL);
		// Column types are given, not sniffed, so every value is read as the same double the
		// browser gets from observations.arrow.
		await conn.run(
			`INSERT INTO observations SELECT * FROM read_csv($path, header = true, columns = {
				'indicator_id': 'VARCHAR', 'iso3': 'VARCHAR', 'year': 'INTEGER', 'sex': 'VARCHAR',
				'value': 'DOUBLE', 'flag': 'VARCHAR'})`,
			{ path: csvPath }
		);
		await conn.run(`INSERT INTO countries VALUES ${ISO3_CODES.map(() => '(?)').join(', ')}`, [
			...ISO3_CODES
		]);
	} finally {
		conn.closeSync();
	}
	return instance;
}

/** Plain JS values: DuckDB's BIGINT counts arrive as bigint, which neither JSON nor charts take. */
function plain(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(row)) {
		out[key] = Array.isArray(value) ? value.map(plainNumber) : plainNumber(value);
	}
	return out;
}

const plainNumber = (value: unknown) => (typeof value === 'bigint' ? Number(value) : value);

export function nativeRunner(
	csvPath = resolve(process.cwd(), 'static/data/observations.csv')
): QueryRunner {
	return {
		async run<T>({ sql, params }: BuiltQuery): Promise<T[]> {
			if (!engines.has(csvPath)) engines.set(csvPath, start(csvPath));
			const conn = await (await engines.get(csvPath)!).connect();
			try {
				const reader = await conn.runAndReadAll(sql, params);
				return reader.getRowObjectsJS().map((row) => plain(row) as T);
			} finally {
				conn.closeSync();
			}
		}
	};
}
