import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';

/** Loads the user's stored uploads into DuckDB next to the shared dataset. */
export async function restoreUserTables(db: AsyncDuckDB): Promise<void> {
	void db;
}
