import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { USER_INDICATORS_DDL } from '$lib/db/schema';
import {
	editUserIndicator,
	renameUserDataset,
	type IndicatorDisplay
} from '$lib/storage/user-data';
import { database, withConnection } from './connection';

/**
 * The analyst's edits of an upload (its name, an indicator's unit and decimals): in storage, and
 * in the engine's `user_indicators` when the engine is running.
 */

/** One prepared UPDATE of `user_indicators`, which a fresh engine may not have made yet. */
async function updateUserIndicators(db: AsyncDuckDB, sql: string, ...params: string[]) {
	await withConnection(db, async (conn) => {
		await conn.query(USER_INDICATORS_DDL);
		const update = await conn.prepare(sql);
		try {
			await update.query(...params);
		} finally {
			await update.close();
		}
	});
}

/** Sets how an uploaded indicator is shown, in storage and in the engine's `user_indicators`. */
export async function editUserIndicatorData(
	datasetId: string,
	indicatorId: string,
	display: IndicatorDisplay
): Promise<void> {
	await editUserIndicator(datasetId, indicatorId, display);
	const { startedDatabase } = await import('$lib/db/duckdb');
	const running = startedDatabase();
	if (!running) return;
	const sql = 'UPDATE user_indicators SET unit = ? WHERE id = ?';
	await updateUserIndicators(await running, sql, display.unit, indicatorId);
}

export async function renameUserData(datasetId: string, name: string): Promise<void> {
	const sql = 'UPDATE user_indicators SET dataset_name = ? WHERE dataset_id = ?';
	await updateUserIndicators(await database(), sql, name, datasetId);
	await renameUserDataset(datasetId, name);
}
