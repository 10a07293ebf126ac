/**
 * Where the 100 MB upload's DuckDB time goes: the statements of `stageCsv` (src/lib/db/ingest.ts)
 * replayed in native DuckDB on one thread, each timed, beside a plain `read_csv`. Label lookups
 * that the app resolves in JavaScript are built in SQL here; they cover a few hundred rows.
 * Run: npx tsx bench/profile-ingest.ts [--before] [file] (after `npm run bench` generated
 * bench/tmp files); `--before` replays the statements as they were before the single-pass rewrite.
 */
import { DuckDBInstance } from '@duckdb/node-api';

const args = process.argv.slice(2);
const before = args.includes('--before');
const file = args.find((a) => a !== '--before') ?? 'bench/tmp/tidy-100mb.csv';
const columns = Array.from({ length: 6 }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
const value = `CASE WHEN regexp_full_match(trim(v), '[+-]?[0-9.,]+(e[+-]?\\d+)?%?')
	THEN TRY_CAST(CASE WHEN regexp_full_match(regexp_replace(trim(v), '%$', ''), '[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?')
	THEN replace(regexp_replace(trim(v), '%$', ''), ',', '') ELSE regexp_replace(trim(v), '%$', '') END AS DOUBLE) END`;

const stepsBefore: [string, string][] = [
	['plain read_csv (auto-detect)', `CREATE TABLE plain AS SELECT * FROM read_csv('${file}')`],
	[
		'read_csv all VARCHAR + store_rejects',
		`CREATE TABLE raw AS SELECT * FROM read_csv('${file}', delim = ',', quote = '"', escape = '"',
		header = false, skip = 1, auto_detect = false, columns = {${columns}}, store_rejects = true,
		rejects_table = 'rej', rejects_scan = 'scan')`
	],
	[
		'stage copy (drop empty rows)',
		`CREATE TABLE stage AS SELECT c0 AS c, c1 AS cc, c2 AS y, c3 AS s, c4 AS i, NULL::VARCHAR AS ic, c5 AS v
		FROM raw WHERE NOT (coalesce(trim(c0), '') = '' AND coalesce(trim(c1), '') = '' AND coalesce(trim(c2), '') = ''
		AND coalesce(trim(c3), '') = '' AND coalesce(trim(c4), '') = '' AND coalesce(trim(c5), '') = '')`
	],
	[
		'4 distinct-label scans',
		`CREATE TABLE country AS SELECT c, cc, c1 AS iso3, 'ok' AS status FROM (SELECT c, cc, any_value(cc) AS c1 FROM stage GROUP BY ALL);
		CREATE TABLE yr AS SELECT y, TRY_CAST(y AS INTEGER) AS year FROM (SELECT DISTINCT y FROM stage);
		CREATE TABLE sx AS SELECT s, row_number() OVER () AS sex FROM (SELECT DISTINCT s FROM stage);
		CREATE TABLE ind AS SELECT i, ic, row_number() OVER () AS pos FROM (SELECT i, ic FROM stage GROUP BY ALL ORDER BY min(rowid))`
	],
	[
		'classify: 4 joins + value regexps',
		`CREATE TABLE tidy AS WITH classified AS (
			SELECT k.iso3, k.status, yr.year, sx.sex, ind.pos AS indicator,
				(v IS NULL OR lower(trim(v)) IN ('', 'na', '..')) AS missing, ${value} AS value, trim(v) AS text
			FROM stage s
			JOIN country k ON k.c IS NOT DISTINCT FROM s.c AND k.cc IS NOT DISTINCT FROM s.cc
			JOIN yr ON yr.y IS NOT DISTINCT FROM s.y
			JOIN sx ON sx.s IS NOT DISTINCT FROM s.s
			JOIN ind ON ind.i IS NOT DISTINCT FROM s.i AND ind.ic IS NOT DISTINCT FROM s.ic)
		SELECT *, CASE WHEN value IS NULL THEN 'value-non-numeric' ELSE 'ok' END AS outcome FROM classified`
	],
	['outcome counts', `SELECT outcome, count(*) FROM tidy GROUP BY ALL`],
	[
		'duplicate check',
		`SELECT count(*) FROM (SELECT count(*) AS n, count(DISTINCT value) AS d FROM tidy WHERE outcome = 'ok'
		GROUP BY indicator, iso3, year, sex HAVING count(*) > 1)`
	],
	[
		'dedupe + sort',
		`CREATE OR REPLACE TABLE tidy AS SELECT indicator, iso3, year, sex, any_value(value) AS value FROM tidy
		WHERE outcome = 'ok' GROUP BY indicator, iso3, year, sex HAVING count(DISTINCT value) = 1
		ORDER BY indicator, iso3, sex, year`
	],
	['read all rows back (to JS in the app)', `SELECT * FROM tidy`]
];

const read = `read_csv('${file}', delim = ',', quote = '"', escape = '"', header = false, skip = 1,
	auto_detect = false, columns = {${columns}}, store_rejects = true, rejects_table = 'rej',
	rejects_scan = 'scan')`;
const missing = `('', '.', '..', '...', '…', ':', '-', '--', '–', '—', '?', 'x', 'na', 'n/a', 'n.a.',
	'n.a', 'nan', 'null', 'none', '#n/a', '#na', '#div/0!', '#value!', '#ref!', '#num!', '#null!')`;
const plain = `regexp_full_match(v, '[+-]?[0-9]*\\.?[0-9]+')`;

const stepsAfter: [string, string][] = [
	stepsBefore[0],
	[
		'read_csv all VARCHAR + rejects, drop empty',
		`CREATE TABLE stage AS SELECT c0 AS c, c1 AS cc, c2 AS y, c3 AS s, c4 AS i, NULL::VARCHAR AS ic,
		c5 AS v FROM ${read} WHERE ${Array.from({ length: 6 }, (_, k) => `trim(c${k}) <> ''`).join(' OR ')}`
	],
	stepsBefore[3],
	[
		'classify: 4 joins + one cast per value',
		`CREATE TABLE classified AS WITH joined AS (
			SELECT k.iso3, k.status, yr.year, sx.sex, ind.pos AS indicator, s.v,
				CASE WHEN ${plain} THEN false ELSE (v IS NULL OR lower(trim(v)) IN ${missing}) END AS missing,
				CASE WHEN ${plain} THEN TRY_CAST(v AS DOUBLE) ELSE ${value} END AS value
			FROM stage s
			JOIN country k ON k.c IS NOT DISTINCT FROM s.c AND k.cc IS NOT DISTINCT FROM s.cc
			JOIN yr ON yr.y IS NOT DISTINCT FROM s.y
			JOIN sx ON sx.s IS NOT DISTINCT FROM s.s
			JOIN ind ON ind.i IS NOT DISTINCT FROM s.i AND ind.ic IS NOT DISTINCT FROM s.ic
		), outcomes AS (
			SELECT *, CASE WHEN status <> 'ok' THEN status WHEN missing THEN 'missing'
				WHEN value IS NULL OR NOT isfinite(value) THEN 'value-non-numeric' ELSE 'ok' END AS outcome
			FROM joined)
		SELECT outcome, indicator, iso3, year, sex, value,
			CASE WHEN outcome = 'value-non-numeric' THEN trim(v) END AS text
		FROM outcomes;
		DROP TABLE stage`
	],
	[
		'outcome counts, non-numeric examples',
		`SELECT outcome, count(*) FROM classified GROUP BY ALL;
		SELECT text, count(*) AS rows FROM classified WHERE outcome = 'value-non-numeric' GROUP BY ALL
			ORDER BY rows DESC, text LIMIT 20`
	],
	[
		'duplicates: one GROUP BY (min = max)',
		`CREATE TABLE grouped AS SELECT indicator, iso3, year, sex, count(*) AS n, min(value) AS lo,
			max(value) AS hi FROM classified WHERE outcome = 'ok' GROUP BY ALL;
		DROP TABLE classified;
		SELECT sum(CASE WHEN lo = hi THEN n - 1 END), sum(CASE WHEN lo < hi THEN n END) FROM grouped
			WHERE n > 1`
	],
	[
		'sorted copy of the kept rows',
		`CREATE TABLE tidy AS SELECT indicator, iso3, year, sex, lo AS value FROM grouped
		WHERE lo = hi ORDER BY indicator, iso3, sex, year`
	],
	stepsBefore[stepsBefore.length - 1]
];
const steps = before ? stepsBefore : stepsAfter;

const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
const connection = await instance.connect();
let total = 0;
for (const [name, sql] of steps) {
	const started = performance.now();
	for (const statement of sql.split(';')) await connection.run(statement);
	const ms = performance.now() - started;
	if (!name.startsWith('plain')) total += ms;
	console.log(`${name.padEnd(40)} ${Math.round(ms).toString().padStart(6)} ms`);
}
console.log(
	`${'stageCsv statements, total'.padEnd(40)} ${Math.round(total).toString().padStart(6)} ms`
);
const kept = await connection.runAndReadAll(`SELECT count(*)::DOUBLE FROM tidy`);
console.log(`rows kept: ${kept.getRows()[0][0]}`);
connection.closeSync();
instance.closeSync();
