/**
 * The full load of large tidy (long) CSV files through DuckDB's own CSV reader, 20–30× faster
 * than parsing in JavaScript and building Arrow (see docs/stack-notes.md). The page uses it for
 * long files above LARGE_FILE_BYTES; smaller files, and every wide file, go through the
 * JavaScript import (`importFile`), which reports every skipped cell with its line.
 *
 * Country, year, sex and indicator labels are resolved in JavaScript with the same functions as
 * the JavaScript path (match.ts, years.ts, sex.ts) — once per distinct label, which is a few
 * hundred at most — and joined in SQL as lookup tables; values are cast in SQL.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection, DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import { arrowTable } from '$lib/db/arrow-table';
import { classifyUnmatched, matchCountry, type UnmatchedKind } from '$lib/countries/match';
import { ISO3_CODES } from '$lib/countries/members';
import { SEXES } from '$lib/storage/columns';
import type { StoredIndicator, TidyColumns } from '$lib/storage/types';
import type { ColumnMapping } from '$lib/upload/shape';
import { parseSex } from '$lib/upload/sex';
import type { Delimiter } from '$lib/upload/sniff';
import { MISSING_MARKERS, type DecimalMark } from '$lib/upload/values';
import { parseYear } from '$lib/upload/years';

export { LARGE_FILE_BYTES } from '$lib/upload/limits';

export interface CsvIngestInput {
	/** UTF-8 CSV: a File DuckDB reads itself, or bytes (decoded from another encoding first) */
	source: { file: File } | { bytes: Uint8Array };
	delimiter: Delimiter;
	decimal: DecimalMark;
	/** 1-based line of the header row; every line before it is skipped (preamble, `sep=`) */
	headerLine: number;
	/** Number of columns in the header */
	columnCount: number;
	/** Long shape: `year` and `value` must be set */
	mapping: ColumnMapping;
	datasetId: string;
	/** Unit for every indicator of the file */
	unit?: string;
}

export type IngestSkipReason =
	| 'malformed-row'
	| 'country-unmatched'
	| 'country-empty'
	| 'country-conflict'
	| 'year-invalid'
	| 'sex-unrecognised'
	| 'indicator-empty'
	| 'value-non-numeric'
	| 'duplicate-conflict';

export interface CsvIngestReport {
	rowsRead: number;
	observations: number;
	/** Rows skipped, by reason */
	skipped: Partial<Record<IngestSkipReason, number>>;
	/** First rows DuckDB could not read (wrong number of fields, bad quotes), with their lines */
	rejected: { line: number; message: string }[];
	unmatchedCountries: { label: string; kind: UnmatchedKind; rows: number }[];
	nonNumeric: { text: string; rows: number }[];
	missingCells: number;
	identicalDuplicates: number;
	/** Distinct year labels read as Buddhist Era and converted (−543) */
	beYearsConverted: number;
	/** Rows whose year was written in B.E. */
	beRows: number;
	milliseconds: number;
}

export interface StagedCsv {
	report: CsvIngestReport;
	indicators: StoredIndicator[];
	rows: TidyColumns;
	/** Adds the staged rows to `observations` (flag 'user') and drops the staging tables */
	commit(): Promise<void>;
	/** Drops the staging tables without importing */
	discard(): Promise<void>;
}

const EXAMPLES = 20;
// DuckDBDataProtocol is a runtime enum of duckdb-wasm; only duckdb.ts may import its values.
const BROWSER_FILEREADER = 2 as DuckDBDataProtocol;

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

function valueExpression(decimal: DecimalMark): string {
	const t = `regexp_replace(trim(v), '%$', '')`;
	const grouped =
		decimal === '.'
			? `CASE WHEN regexp_full_match(${t}, '[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?') THEN replace(${t}, ',', '') ELSE ${t} END`
			: `CASE WHEN regexp_full_match(${t}, '[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?') THEN replace(replace(${t}, '.', ''), ',', '.')
				WHEN regexp_full_match(${t}, '[+-]?\\d*,\\d+') THEN replace(${t}, ',', '.') ELSE ${t} END`;
	return `CASE WHEN regexp_full_match(trim(v), '[+-]?[0-9.,]+(e[+-]?\\d+)?%?') THEN TRY_CAST(${grouped} AS DOUBLE) END`;
}

/**
 * Cells that are a plain number (sign, digits, at most one decimal mark, no spaces): almost every
 * cell. For them `valueExpression` comes down to this one cast, without its regular expressions.
 */
function plainNumber(decimal: DecimalMark): { test: string; value: string } {
	return decimal === '.'
		? { test: `regexp_full_match(v, '[+-]?[0-9]*\\.?[0-9]+')`, value: `TRY_CAST(v AS DOUBLE)` }
		: {
				test: `regexp_full_match(v, '[+-]?[0-9]*,?[0-9]+')`,
				value: `TRY_CAST(replace(v, ',', '.') AS DOUBLE)`
			};
}

async function rowsOf<T>(conn: AsyncDuckDBConnection, sql: string): Promise<T[]> {
	const table = await conn.query(sql);
	return table.toArray().map((row) => row.toJSON() as T);
}

/**
 * Reads a long CSV with DuckDB into staging tables and reports what it found; nothing reaches
 * `observations` until `commit()`. `ingestCsv` does both in one call (for benchmarks).
 */
export async function stageCsv(input: CsvIngestInput, given?: AsyncDuckDB): Promise<StagedCsv> {
	const started = performance.now();
	const { mapping } = input;
	if (mapping.year === undefined || mapping.value === undefined) {
		throw new Error('The DuckDB load takes long (tidy) files: choose a year and a value column.');
	}
	const db = given ?? (await (await import('$lib/db/duckdb')).getDatabase());
	const id = input.datasetId.replace(/[^a-z0-9]/gi, '');
	const fileName = `upload_${id}.csv`;
	const t = (name: string) => `ingest_${id}_${name}`;
	if ('file' in input.source) {
		await db.registerFileHandle(fileName, input.source.file, BROWSER_FILEREADER, true);
	} else {
		await db.registerFileBuffer(fileName, input.source.bytes);
	}
	const conn = await db.connect();
	const drop = async () => {
		for (const name of [
			'stage',
			'country',
			'year',
			'sex',
			'indicator',
			'classified',
			'grouped',
			'tidy',
			'rej',
			'scan'
		]) {
			await conn.query(`DROP TABLE IF EXISTS ${t(name)}`);
		}
	};
	try {
		const columns = Array.from({ length: input.columnCount }, (_, i) => `'c${i}': 'VARCHAR'`).join(
			', '
		);
		const col = (index: number | undefined) => (index === undefined ? 'NULL' : `c${index}`);
		// One pass: read, keep the mapped columns, drop rows with every field empty or blank.
		await conn.query(`CREATE TABLE ${t('stage')} AS SELECT
				${col(mapping.country)} AS c, ${col(mapping.countryCode)} AS cc, ${col(mapping.year)} AS y,
				${col(mapping.sex)} AS s, ${col(mapping.indicator)} AS i, ${col(mapping.indicatorCode)} AS ic,
				${col(mapping.value)} AS v
			FROM read_csv(${sqlString(fileName)},
				delim = ${sqlString(input.delimiter)}, quote = '"', escape = '"', header = false,
				skip = ${Math.max(0, Math.floor(input.headerLine))}, auto_detect = false,
				columns = {${columns}}, store_rejects = true,
				rejects_table = ${sqlString(t('rej'))}, rejects_scan = ${sqlString(t('scan'))})
			WHERE ${Array.from({ length: input.columnCount }, (_, k) => `trim(c${k}) <> ''`).join(' OR ')}`);

		// Labels → members, years, sexes and indicators, resolved once per distinct label.
		const countries = await rowsOf<{ c: string | null; cc: string | null; n: number }>(
			conn,
			`SELECT c, cc, count(*)::DOUBLE AS n FROM ${t('stage')} GROUP BY ALL`
		);
		const countryMap = {
			c: [] as (string | null)[],
			cc: [] as (string | null)[],
			iso3: [] as string[],
			status: [] as string[]
		};
		const unmatched = new Map<string, { label: string; kind: UnmatchedKind; rows: number }>();
		for (const { c, cc, n } of countries) {
			const name = c?.trim() ? matchCountry(c) : null;
			const code = cc?.trim() ? matchCountry(cc) : null;
			let status = 'ok';
			let iso3 = name?.iso3 ?? code?.iso3 ?? '';
			if (name && code && name.iso3 !== code.iso3) {
				status = 'country-conflict';
				iso3 = '';
			} else if (!iso3) {
				const label = (c ?? '').trim() || (cc ?? '').trim();
				status = label ? 'country-unmatched' : 'country-empty';
				if (label) {
					const entry = unmatched.get(label) ?? { label, kind: classifyUnmatched(label), rows: 0 };
					entry.rows += Number(n);
					unmatched.set(label, entry);
				}
			}
			countryMap.c.push(c);
			countryMap.cc.push(cc);
			countryMap.iso3.push(iso3);
			countryMap.status.push(status);
		}
		await conn.insertArrowTable(arrowTable(countryMap), { name: t('country'), create: true });

		const years = await rowsOf<{ y: string | null; n: number }>(
			conn,
			`SELECT y, count(*)::DOUBLE AS n FROM ${t('stage')} GROUP BY ALL`
		);
		const yearMap = {
			y: [] as (string | null)[],
			year: new Int32Array(years.length),
			be: new Int32Array(years.length)
		};
		let beYearsConverted = 0;
		let beRows = 0;
		years.forEach(({ y, n }, k) => {
			const parsed = parseYear(y ?? '');
			yearMap.y.push(y);
			yearMap.year[k] = parsed.ok ? parsed.year : 0;
			yearMap.be[k] = parsed.ok && parsed.era === 'be' ? 1 : 0;
			if (parsed.ok && parsed.era === 'be') {
				beYearsConverted++;
				beRows += Number(n);
			}
		});
		await conn.insertArrowTable(arrowTable(yearMap), { name: t('year'), create: true });

		const sexes = await rowsOf<{ s: string | null }>(conn, `SELECT DISTINCT s FROM ${t('stage')}`);
		const sexMap = { s: [] as (string | null)[], sex: new Int32Array(sexes.length) };
		sexes.forEach(({ s }, k) => {
			sexMap.s.push(s);
			// No sex column means every value is for both sexes together.
			const parsed = mapping.sex === undefined ? 'total' : parseSex(s ?? '');
			sexMap.sex[k] = parsed ? SEXES.indexOf(parsed) : -1;
		});
		await conn.insertArrowTable(arrowTable(sexMap), { name: t('sex'), create: true });

		const labels = await rowsOf<{ i: string | null; ic: string | null }>(
			conn,
			`SELECT i, ic FROM ${t('stage')} GROUP BY ALL ORDER BY min(rowid)`
		);
		const indicatorMap = {
			i: [] as (string | null)[],
			ic: [] as (string | null)[],
			pos: new Int32Array(labels.length)
		};
		const drafts: { name: string; code?: string }[] = [];
		const byKey = new Map<string, number>();
		labels.forEach(({ i, ic }, k) => {
			const name =
				(i ?? '').trim() ||
				(ic ?? '').trim() ||
				(mapping.indicator === undefined && mapping.indicatorCode === undefined
					? (mapping.indicatorName ?? '').trim()
					: '');
			const code = (ic ?? '').trim() || undefined;
			const key = code ? `code:${code}` : `name:${name}`;
			let pos = -1;
			if (name) {
				pos = byKey.get(key) ?? drafts.length;
				if (pos === drafts.length) {
					byKey.set(key, pos);
					drafts.push(code ? { name, code } : { name });
				}
			}
			indicatorMap.i.push(i);
			indicatorMap.ic.push(ic);
			indicatorMap.pos[k] = pos;
		});
		await conn.insertArrowTable(arrowTable(indicatorMap), {
			name: t('indicator'),
			create: true
		});

		const missing = [...MISSING_MARKERS].map(sqlString).join(', ');

		const plain = plainNumber(input.decimal);

		// One pass over the rows: labels joined, value cast, outcome classified.
		await conn.query(`CREATE TABLE ${t('classified')} AS
			WITH joined AS (
				SELECT k.iso3, k.status, yr.year, sx.sex, ind.pos AS indicator, s.v,
					CASE WHEN ${plain.test} THEN false ELSE (v IS NULL OR lower(trim(v)) IN (${missing})) END AS missing,
					CASE WHEN ${plain.test} THEN ${plain.value} ELSE ${valueExpression(input.decimal)} END AS value
				FROM ${t('stage')} s
				JOIN ${t('country')} k ON k.c IS NOT DISTINCT FROM s.c AND k.cc IS NOT DISTINCT FROM s.cc
				JOIN ${t('year')} yr ON yr.y IS NOT DISTINCT FROM s.y
				JOIN ${t('sex')} sx ON sx.s IS NOT DISTINCT FROM s.s
				JOIN ${t('indicator')} ind ON ind.i IS NOT DISTINCT FROM s.i AND ind.ic IS NOT DISTINCT FROM s.ic
			), outcomes AS (
				SELECT *, CASE
					WHEN status <> 'ok' THEN status
					WHEN year = 0 THEN 'year-invalid'
					WHEN sex < 0 THEN 'sex-unrecognised'
					WHEN indicator < 0 THEN 'indicator-empty'
					WHEN missing THEN 'missing'
					WHEN value IS NULL OR NOT isfinite(value) THEN 'value-non-numeric'
					ELSE 'ok' END AS outcome
				FROM joined
			)
			SELECT outcome, indicator, iso3, year, sex, value,
				CASE WHEN outcome = 'value-non-numeric' THEN trim(v) END AS text
			FROM outcomes`);
		await conn.query(`DROP TABLE ${t('stage')}`);
		const outcomes = await rowsOf<{ outcome: string; n: number }>(
			conn,
			`SELECT outcome, count(*)::DOUBLE AS n FROM ${t('classified')} GROUP BY ALL`
		);
		const skipped: CsvIngestReport['skipped'] = {};
		let rowsRead = 0;
		let missingCells = 0;
		for (const { outcome, n } of outcomes) {
			rowsRead += Number(n);
			if (outcome === 'missing') missingCells = Number(n);
			else if (outcome !== 'ok') skipped[outcome as IngestSkipReason] = Number(n);
		}
		const nonNumeric = await rowsOf<{ text: string; rows: number }>(
			conn,
			`SELECT text, count(*)::DOUBLE AS rows FROM ${t('classified')} WHERE outcome = 'value-non-numeric'
			GROUP BY ALL ORDER BY rows DESC, text LIMIT ${EXAMPLES}`
		);

		// Repeated observations: identical ones are kept once, conflicting ones are all dropped.
		// Values of passing rows are finite, so one distinct value is min = max.
		await conn.query(`CREATE TABLE ${t('grouped')} AS
			SELECT indicator, iso3, year, sex, count(*) AS n, min(value) AS lo, max(value) AS hi
			FROM ${t('classified')} WHERE outcome = 'ok' GROUP BY ALL`);
		await conn.query(`DROP TABLE ${t('classified')}`);
		const duplicates = await rowsOf<{ identical: number; conflicting: number }>(
			conn,
			`SELECT coalesce(sum(CASE WHEN lo = hi THEN n - 1 END), 0)::DOUBLE AS identical,
				coalesce(sum(CASE WHEN lo < hi THEN n END), 0)::DOUBLE AS conflicting
			FROM ${t('grouped')} WHERE n > 1`
		);
		const { identical, conflicting } = duplicates[0];
		if (conflicting > 0) skipped['duplicate-conflict'] = Number(conflicting);
		await conn.query(`CREATE TABLE ${t('tidy')} AS
			SELECT indicator, iso3, year, sex, lo AS value FROM ${t('grouped')}
			WHERE lo = hi ORDER BY indicator, iso3, sex, year`);
		await conn.query(`DROP TABLE ${t('grouped')}`);

		const rejectedCount = await rowsOf<{ n: number }>(
			conn,
			`SELECT count(*)::DOUBLE AS n FROM ${t('rej')}`
		);
		if (rejectedCount[0].n > 0) skipped['malformed-row'] = Number(rejectedCount[0].n);
		const rejected = await rowsOf<{ line: number; message: string }>(
			conn,
			`SELECT line::DOUBLE AS line, error_message AS message FROM ${t('rej')} ORDER BY line LIMIT ${EXAMPLES}`
		);
		rowsRead += Number(rejectedCount[0].n);

		const table = await conn.query(
			`SELECT indicator::INTEGER AS indicator, iso3, year::SMALLINT AS year, sex::INTEGER AS sex, value FROM ${t('tidy')}`
		);
		const iso3Column = table.getChild('iso3')?.toArray() as string[] | undefined;
		const n = table.numRows;
		const rows: TidyColumns = {
			indicator: Uint32Array.from(table.getChild('indicator')?.toArray() ?? []),
			iso3: new Uint8Array(n),
			year: Int16Array.from(table.getChild('year')?.toArray() ?? []),
			sex: Uint8Array.from(table.getChild('sex')?.toArray() ?? []),
			value: Float64Array.from(table.getChild('value')?.toArray() ?? [])
		};
		const iso3Index = new Map(ISO3_CODES.map((code, k) => [code as string, k]));
		for (let k = 0; k < n; k++) rows.iso3[k] = iso3Index.get(String(iso3Column?.[k])) ?? 0;

		const indicators: StoredIndicator[] = drafts.map((d, pos) => ({
			id: `user-${input.datasetId}-${pos + 1}`,
			name: d.name,
			...(d.code && { code: d.code }),
			unit: input.unit ?? '',
			sexes: [],
			years: [],
			observations: 0
		}));

		const report: CsvIngestReport = {
			rowsRead,
			observations: n,
			skipped,
			rejected,
			unmatchedCountries: [...unmatched.values()].sort((a, b) => b.rows - a.rows),
			nonNumeric: nonNumeric.map((r) => ({ text: r.text, rows: Number(r.rows) })),
			missingCells,
			identicalDuplicates: Number(identical),
			beYearsConverted,
			beRows,
			milliseconds: Math.round(performance.now() - started)
		};

		const finish = async () => {
			try {
				await drop();
			} finally {
				await conn.close();
				await db.dropFile(fileName);
			}
		};
		return {
			report,
			indicators,
			rows,
			commit: async () => {
				try {
					const ids = {
						pos: Int32Array.from(indicators, (_, k) => k),
						id: indicators.map((i) => i.id)
					};
					await conn.insertArrowTable(arrowTable(ids), { name: t('ids'), create: true });
					await conn.query(`INSERT INTO observations (indicator_id, iso3, year, sex, value, flag)
						SELECT ids.id::VARCHAR, d.iso3, d.year::INTEGER, ['total', 'female', 'male'][d.sex + 1], d.value, 'user'
						FROM ${t('tidy')} d JOIN ${t('ids')} ids ON ids.pos = d.indicator`);
					await conn.query(`DROP TABLE ${t('ids')}`);
				} finally {
					await finish();
				}
			},
			discard: finish
		};
	} catch (error) {
		try {
			await drop();
		} finally {
			await conn.close();
			await db.dropFile(fileName);
		}
		throw error;
	}
}

/** Stages and commits in one call: the path the page uses for large files, for benchmarks. */
export async function ingestCsv(input: CsvIngestInput, db?: AsyncDuckDB) {
	const staged = await stageCsv(input, db);
	await staged.commit();
	return { report: staged.report, indicators: staged.indicators, rows: staged.rows };
}
