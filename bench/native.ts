/** Native DuckDB loading the same CSV files: the reference the browser ingest is held against. */
import { DuckDBInstance } from '@duckdb/node-api';

/** Milliseconds for `CREATE TABLE … AS SELECT * FROM read_csv(file)` in a fresh in-memory DB */
export async function nativeLoad(path: string, threads: number | 'default'): Promise<number> {
	const instance = await DuckDBInstance.create(
		':memory:',
		threads === 'default' ? {} : { threads: String(threads) }
	);
	const connection = await instance.connect();
	try {
		const started = performance.now();
		await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv($path)`, { path });
		return performance.now() - started;
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}
