import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

/** Runs `run` on a connection of its own, closed whatever happens. */
export async function withConnection<T>(
	db: AsyncDuckDB,
	run: (conn: AsyncDuckDBConnection) => Promise<T>
): Promise<T> {
	const conn = await db.connect();
	try {
		return await run(conn);
	} finally {
		await conn.close();
	}
}

/** The engine, started if it was not: loaded only when an upload needs it. */
export async function database(): Promise<AsyncDuckDB> {
	const { getDatabase } = await import('$lib/db/duckdb');
	return getDatabase();
}
