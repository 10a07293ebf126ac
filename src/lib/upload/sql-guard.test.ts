import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReadOnlySql } from './sql-guard';

const ok = (sql: string) => checkReadOnlySql(sql).ok;

describe('checkReadOnlySql', () => {
	it('accepts single read-only queries', () => {
		expect(ok('SELECT * FROM observations LIMIT 10')).toBe(true);
		expect(ok('select 1;')).toBe(true);
		expect(ok('WITH t AS (SELECT 1 AS x) SELECT x FROM t')).toBe(true);
		expect(ok('FROM user_indicators')).toBe(true);
		expect(ok("SELECT * FROM catalog WHERE name_en LIKE '%update%' -- note; drop")).toBe(true);
		expect(ok('SELECT "update" FROM observations')).toBe(true);
		expect(ok("SELECT 'a;b' AS x")).toBe(true);
		expect(ok("SELECT * FROM user_indicators WHERE file_name IN ('a.csv', 'b.csv')")).toBe(true);
	});

	it('refuses writes, settings, loads and several statements', () => {
		for (const sql of [
			'',
			'DELETE FROM observations',
			'SELECT 1; DROP TABLE observations',
			'INSERT INTO observations VALUES (1)',
			'CREATE TABLE x AS SELECT 1',
			'PRAGMA database_list',
			'SET threads = 4',
			'INSTALL httpfs',
			"ATTACH 'x.db'",
			"COPY observations TO 'x.csv'",
			"SELECT * FROM read_csv('https://example.org/a.csv')",
			"SELECT * FROM 'https://example.org/a.csv'",
			"FROM 'data.parquet'",
			'SELECT * FROM "data.csv"',
			"SELECT * FROM observations, 'https://example.org/x.csv'",
			"SELECT * FROM observations JOIN ('x.parquet') USING (iso3)",
			'SELECT 1 /* ; */ ; UPDATE observations SET value = 0',
			'WITH x AS (DELETE FROM observations RETURNING *) SELECT * FROM x',
			'EXPLAIN SELECT 1',
			"SELECT current_setting('threads')"
		]) {
			expect(ok(sql), sql).toBe(false);
		}
	});

	it('never accepts a statement that follows a semicolon', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 30 }),
				fc.constantFrom('DROP TABLE observations', 'DELETE FROM countries', "ATTACH 'a'"),
				(middle, attack) => {
					const sql = `SELECT 1 ${middle.replace(/['"$]|--|\/\*/g, '')}; ${attack}`;
					return !ok(sql);
				}
			)
		);
	});
});
