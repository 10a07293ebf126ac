import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { arrowTable } from '$lib/db/arrow-table';
import { USER_INDICATORS_DDL } from '$lib/db/schema';
import { unpackColumns } from '$lib/storage/columns';
import {
	deleteUserDataset,
	loadUserDatasets,
	renameUserDataset,
	saveUserDataset,
	type StorageProblem,
	type StoredDataset
} from '$lib/storage/user-data';

/**
 * The analyst's uploads inside DuckDB: their rows sit in the shared `observations` table with
 * `flag = 'user'` and `indicator_id` = the user indicator id, and `user_indicators` describes
 * them, so every query over `observations` sees them with no special case.
 */

let stageCounter = 0;

async function withConnection<T>(
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

/** Adds one dataset's rows and indicators; the caller holds the connection. */
export async function insertDataset(
	conn: AsyncDuckDBConnection,
	dataset: StoredDataset,
	options: { rows?: boolean } = {}
): Promise<void> {
	await conn.query(USER_INDICATORS_DDL);
	const stage = `user_stage_${++stageCounter}`;
	const indicators = dataset.indicators;
	await conn.insertArrowTable(
		arrowTable({
			id: indicators.map((i) => i.id),
			dataset_id: indicators.map(() => dataset.id),
			dataset_name: indicators.map(() => dataset.name),
			name: indicators.map((i) => i.name),
			code: indicators.map((i) => i.code ?? ''),
			unit: indicators.map((i) => i.unit),
			file_name: indicators.map(() => dataset.fileName)
		}),
		{ name: `${stage}_ind`, create: true }
	);
	try {
		await conn.query(`INSERT OR REPLACE INTO user_indicators
			SELECT id::VARCHAR, dataset_id::VARCHAR, dataset_name::VARCHAR, name::VARCHAR,
				NULLIF(code::VARCHAR, ''), unit::VARCHAR, file_name::VARCHAR
			FROM ${stage}_ind`);
	} finally {
		await conn.query(`DROP TABLE IF EXISTS ${stage}_ind`);
	}
	if (dataset.rows.value.length === 0 || options.rows === false) return;
	const rows = unpackColumns(dataset.rows, dataset.indicators);
	await conn.insertArrowTable(arrowTable(rows), { name: stage, create: true });
	try {
		await conn.query(`INSERT INTO observations (indicator_id, iso3, year, sex, value, flag)
			SELECT indicator_id::VARCHAR, iso3::VARCHAR, year::INTEGER, sex::VARCHAR, value::DOUBLE, 'user'
			FROM ${stage}`);
	} finally {
		await conn.query(`DROP TABLE IF EXISTS ${stage}`);
	}
}

async function removeDataset(conn: AsyncDuckDBConnection, datasetId: string): Promise<void> {
	await conn.query(USER_INDICATORS_DDL);
	const remove = await conn.prepare(`DELETE FROM observations WHERE flag = 'user'
		AND indicator_id IN (SELECT id FROM user_indicators WHERE dataset_id = ?)`);
	try {
		await remove.query(datasetId);
	} finally {
		await remove.close();
	}
	const forget = await conn.prepare('DELETE FROM user_indicators WHERE dataset_id = ?');
	try {
		await forget.query(datasetId);
	} finally {
		await forget.close();
	}
}

/** Loads the user's stored uploads into DuckDB next to the shared dataset. */
export async function restoreUserTables(db: AsyncDuckDB): Promise<void> {
	const datasets = await loadUserDatasets();
	await withConnection(db, async (conn) => {
		await conn.query(USER_INDICATORS_DDL);
		for (const dataset of datasets) {
			try {
				await insertDataset(conn, dataset);
			} catch (error) {
				// One damaged dataset must not keep the dashboard from starting.
				console.warn(`Could not load uploaded dataset ${dataset.fileName}:`, error);
			}
		}
	});
}

async function database(): Promise<AsyncDuckDB> {
	const { getDatabase } = await import('$lib/db/duckdb');
	return getDatabase();
}

/**
 * Makes an upload part of the dashboard at once (no reload) and keeps it for later visits.
 * Returns the storage problem when the browser refused to keep it (the data still works in this
 * tab). Rows already in DuckDB (the large-file path puts them there itself) are not added twice.
 */
export async function addUserDataset(
	dataset: StoredDataset,
	options: { alreadyInDatabase?: boolean } = {}
): Promise<StorageProblem | null> {
	const db = await database();
	// Rows and metadata together or not at all: a failed import leaves nothing to orphan, and the
	// same file can be imported again.
	await withConnection(db, async (conn) => {
		await conn.query('BEGIN TRANSACTION');
		try {
			await insertDataset(conn, dataset, { rows: !options.alreadyInDatabase });
			await conn.query('COMMIT');
		} catch (error) {
			await conn.query('ROLLBACK').catch(() => undefined);
			throw error;
		}
	});
	try {
		return await saveUserDataset(dataset);
	} catch (error) {
		await withConnection(db, (conn) => removeDataset(conn, dataset.id)).catch(() => undefined);
		throw error;
	}
}

export async function deleteUserData(datasetId: string): Promise<void> {
	const db = await database();
	await withConnection(db, (conn) => removeDataset(conn, datasetId));
	await deleteUserDataset(datasetId);
}

export async function renameUserData(datasetId: string, name: string): Promise<void> {
	const db = await database();
	await withConnection(db, async (conn) => {
		await conn.query(USER_INDICATORS_DDL);
		const rename = await conn.prepare(
			'UPDATE user_indicators SET dataset_name = ? WHERE dataset_id = ?'
		);
		try {
			await rename.query(name, datasetId);
		} finally {
			await rename.close();
		}
	});
	await renameUserDataset(datasetId, name);
}

export { listUserIndicators, subscribeUserData, userDataVersion } from '$lib/storage/user-data';
