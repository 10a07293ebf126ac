import { asset } from '$app/paths';
import type { Preparing } from './source-views';
import { checkReadOnlySql } from './sql-guard';

/** Tables the SQL console documents; `catalog` is built from catalog.json on first use. */
export const CONSOLE_TABLES = [
	{ name: 'observations', columns: 'indicator_id, iso3, year, sex, value, flag' },
	{ name: 'countries', columns: 'iso3' },
	{ name: 'catalog', columns: 'id, group, name_en, name_th, unit_en, unit_th, decimals' },
	{
		name: 'user_indicators',
		columns: 'id, dataset_id, dataset_name, name, code, unit, file_name'
	}
] as const;

export interface ConsoleTable {
	name: string;
	columns: string;
}

/** A file's table named by its columns; thousands of them are summarised. */
export function uploadTable(table: { name: string; columns: readonly string[] }): ConsoleTable {
	const { columns } = table;
	const listed =
		columns.length <= 12
			? columns.join(', ')
			: `${columns.slice(0, 10).join(', ')} … ${columns.at(-1)}; ${columns.length.toLocaleString('en')} columns`;
	return { name: table.name, columns: listed };
}

/** The shared tables, then this browser's uploads as their own tables. */
export async function consoleTables(): Promise<ConsoleTable[]> {
	const { listUserDatasets } = await import('$lib/storage/user-data');
	const { datasets } = await listUserDatasets();
	return [...CONSOLE_TABLES, ...datasets.flatMap((d) => (d.table ? [uploadTable(d.table)] : []))];
}

export const CONSOLE_ROW_LIMIT = 1000;
export const EXPORT_ROW_LIMIT = 1_000_000;

export interface ConsoleResult {
	columns: string[];
	/** Every cell as text, for rendering as text */
	rows: (string | null)[][];
	/** More rows exist than were fetched */
	truncated: boolean;
	milliseconds: number;
}

export type ConsoleOutcome = { ok: true; result: ConsoleResult } | { ok: false; error: string };

function cellText(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
		return String(value);
	}
	if (value instanceof Date) return value.toISOString();
	if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
		return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
	}
	return String(value);
}

interface CatalogEntry {
	id: string;
	group: string;
	name: { en: string; th: string };
	unit: { en: string; th: string };
	decimals: number;
}

let catalogReady: Promise<void> | undefined;

async function ensureCatalog(): Promise<void> {
	catalogReady ??= (async () => {
		const [{ getDatabase }, { arrowTable }, { CATALOG_DDL }] = await Promise.all([
			import('$lib/db/duckdb'),
			import('$lib/db/arrow-table'),
			import('$lib/db/schema')
		]);
		const response = await fetch(asset('/data/catalog.json'));
		if (!response.ok) throw new Error(`catalog.json: HTTP ${response.status}`);
		const catalog = (await response.json()) as CatalogEntry[];
		const db = await getDatabase();
		const conn = await db.connect();
		try {
			await conn.insertArrowTable(
				arrowTable({
					id: catalog.map((c) => c.id),
					group: catalog.map((c) => c.group),
					name_en: catalog.map((c) => c.name.en),
					name_th: catalog.map((c) => c.name.th),
					unit_en: catalog.map((c) => c.unit.en),
					unit_th: catalog.map((c) => c.unit.th),
					decimals: Int32Array.from(catalog, (c) => c.decimals)
				}),
				{ name: 'catalog_stage', create: true }
			);
			await conn.query(CATALOG_DDL);
			await conn.query(`INSERT OR REPLACE INTO catalog SELECT id::VARCHAR, "group"::VARCHAR,
				name_en::VARCHAR, name_th::VARCHAR, unit_en::VARCHAR, unit_th::VARCHAR, decimals::INTEGER
				FROM catalog_stage`);
			await conn.query('DROP TABLE catalog_stage');
		} finally {
			await conn.close();
		}
	})().catch((error: unknown) => {
		catalogReady = undefined;
		throw error;
	});
	return catalogReady;
}

/**
 * Runs one read-only query (see sql-guard.ts) on its own connection, at most `limit` rows.
 * Errors come back as plain text, DuckDB's own message included. `onPreparing` hears of an
 * upload's table read from its file for its first query.
 */
export async function runConsoleQuery(
	sql: string,
	limit = CONSOLE_ROW_LIMIT,
	onPreparing?: (preparing: Preparing) => void
): Promise<ConsoleOutcome> {
	const check = checkReadOnlySql(sql);
	if (!check.ok) return { ok: false, error: check.reason };
	const started = performance.now();
	try {
		// Any query may read uploaded rows, which enter DuckDB only when first needed.
		await Promise.all([ensureCatalog(), import('./user-tables').then((m) => m.ensureUserRows())]);
		const { getDatabase } = await import('$lib/db/duckdb');
		const db = await getDatabase();
		await import('./source-views').then((m) => m.ensureSourceViews(db, check.sql, onPreparing));
		const conn = await db.connect();
		try {
			// The line breaks keep a trailing `-- comment` from swallowing the closing parenthesis.
			const table = await conn.query(
				`SELECT * FROM (\n${check.sql}\n) AS console_query LIMIT ${limit + 1}`
			);
			const columns = table.schema.fields.map((f) => f.name);
			const count = Math.min(table.numRows, limit);
			// By position, not by name: a result may repeat a column name.
			const vectors = columns.map((_, i) => table.getChildAt(i));
			const rows = Array.from({ length: count }, (_, r) =>
				vectors.map((vector) => cellText(vector?.get(r)))
			);
			return {
				ok: true,
				result: {
					columns,
					rows,
					truncated: table.numRows > limit,
					milliseconds: Math.round(performance.now() - started)
				}
			};
		} finally {
			await conn.close();
		}
	} catch (error) {
		return { ok: false, error: error instanceof Error ? error.message : String(error) };
	}
}
