import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { arrowTable } from '$lib/db/arrow-table';
import { USER_INDICATORS_DDL } from '$lib/db/schema';
import {
	deleteUserDataset,
	listUserDatasets,
	loadUserDatasets,
	saveUserDataset,
	subscribeUserData,
	type DatasetMeta,
	type StorageProblem,
	type StoredDataset,
	type TidyColumns
} from '$lib/storage/user-data';
import { database, withConnection } from './connection';
import { memberProfiles, profileBatches } from './import-profiles';
import { observationColumns } from './observation-columns';
import { dropSourceView } from './source-views';

/**
 * The analyst's uploads inside DuckDB: their rows sit in the shared `observations` table with
 * `flag = 'user'` and `indicator_id` = the user indicator id, and `user_indicators` describes
 * them, so every query over `observations` sees them with no special case.
 */

let stageCounter = 0;

/** Adds one dataset's indicators to `user_indicators`; the caller holds the connection. */
async function insertIndicators(conn: AsyncDuckDBConnection, dataset: DatasetMeta): Promise<void> {
	await conn.query(USER_INDICATORS_DDL);
	const stage = `user_stage_${++stageCounter}_ind`;
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
		{ name: stage, create: true }
	);
	try {
		await conn.query(`INSERT OR REPLACE INTO user_indicators
			SELECT id::VARCHAR, dataset_id::VARCHAR, dataset_name::VARCHAR, name::VARCHAR,
				NULLIF(code::VARCHAR, ''), unit::VARCHAR, file_name::VARCHAR
			FROM ${stage}`);
	} finally {
		await dropStage(conn, stage);
	}
}

/**
 * Rows per part of an append. Each part is committed on its own: the engine compresses it then
 * and reuses its memory for the next, where one transaction of a 100 MB wide upload's 8 million
 * rows held them all uncompressed and grew the engine's memory by 700 MB (issue 9).
 */
const ROWS_PER_PART = 1 << 20;

/**
 * A dataset with its indicators and rows, the rows in parts. A failure can leave the parts before
 * it: the caller removes the dataset again (`removeDataset`). `afterPart` may stop the append by
 * throwing.
 */
async function insertDataset(
	conn: AsyncDuckDBConnection,
	dataset: DatasetMeta & { rows: TidyColumns },
	afterPart?: (done: number) => void
): Promise<void> {
	await insertIndicators(conn, dataset);
	const n = dataset.rows.value.length;
	for (let part = 0; part * ROWS_PER_PART < n; part++) {
		const from = part * ROWS_PER_PART;
		// The stored typed arrays go to the worker as they are, the texts as dictionaries the
		// engine looks up while it appends: building millions of strings in JavaScript froze the
		// page for seconds, and a stage table joined in SQL took as long as the append (issue 9).
		const columns = observationColumns(
			dataset.rows,
			dataset.indicators,
			from,
			from + ROWS_PER_PART
		);
		await conn.insertArrowTable(columns, { name: 'observations', create: false });
		afterPart?.(part + 1);
	}
}

/**
 * After a failed statement the transaction refuses everything until its rollback, which drops
 * the stage anyway: a failing drop must not hide the error that matters (e.g. out of memory).
 */
async function dropStage(conn: AsyncDuckDBConnection, table: string): Promise<void> {
	await conn.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
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

/**
 * Datasets whose rows are in this page's DuckDB. Rows enter only when a query first asks for an
 * uploaded indicator (`ensureUserRows`), so a page that only lists uploads never reads them.
 */
const rowsInDatabase = new Set<string>();
let rowsRestored: Promise<void> | undefined;

/** At engine start: the uploads' indicators only (a few rows each), never their observations. */
export async function restoreUserTables(db: AsyncDuckDB): Promise<void> {
	const { datasets } = await listUserDatasets();
	await withConnection(db, async (conn) => {
		await conn.query(USER_INDICATORS_DDL);
		for (const dataset of datasets) {
			try {
				await insertIndicators(conn, dataset);
			} catch (error) {
				// One damaged dataset must not keep the dashboard from starting.
				console.warn(`Could not load uploaded dataset ${dataset.fileName}:`, error);
			}
		}
	});
}

/**
 * A change made in another tab: this page's DuckDB follows it. Indicators are read again from
 * storage; rows of a new dataset load on the next query that asks for them; a deleted one goes.
 */
subscribeUserData((_, change) => {
	if (!change.fromOtherTab) return;
	rowsRestored = undefined;
	void (async () => {
		const { startedDatabase } = await import('$lib/db/duckdb');
		const running = startedDatabase();
		if (!running) return;
		const db = await running;
		if (change.kind === 'delete') {
			rowsInDatabase.delete(change.datasetId);
			await withConnection(db, (conn) => removeDataset(conn, change.datasetId));
			await dropSourceView(db, change.datasetId);
		} else {
			await restoreUserTables(db);
		}
	})().catch((error: unknown) =>
		console.warn('Could not follow a change from another tab:', error)
	);
});

/** Puts every stored upload's rows into DuckDB, once per page; later calls wait for the first. */
export function ensureUserRows(): Promise<void> {
	rowsRestored ??= (async () => {
		const db = await database();
		const datasets = await loadUserDatasets();
		await withConnection(db, async (conn) => {
			for (const dataset of datasets) {
				// Imported in this page meanwhile: its rows are in already.
				if (rowsInDatabase.has(dataset.id)) continue;
				rowsInDatabase.add(dataset.id);
				try {
					await insertRows(conn, dataset);
				} catch (error) {
					rowsInDatabase.delete(dataset.id);
					console.warn(`Could not load uploaded dataset ${dataset.fileName}:`, error);
				}
			}
		});
	})();
	return rowsRestored;
}

/** One dataset's indicators and rows; a failure leaves none of them. */
async function insertRows(conn: AsyncDuckDBConnection, dataset: StoredDataset): Promise<void> {
	try {
		await insertDataset(conn, dataset);
	} catch (error) {
		await removeDataset(conn, dataset.id).catch(() => undefined);
		throw error;
	}
}

/** What an import reports as it goes, and how it is stopped (nothing is left behind). */
export interface ImportControl {
	signal?: AbortSignal;
	/** Steps done of all: each part of the rows, each batch of profile lines, then storage */
	onProgress?: (done: number, total: number) => void;
	/** The file's own table for the SQL console, stored with the rows */
	sourceTable?: Pick<StoredDataset, 'table' | 'source'>;
}

export class ImportCancelled extends Error {
	constructor() {
		super('The import was cancelled');
		this.name = 'ImportCancelled';
	}
}

/**
 * Makes an upload part of the dashboard at once (no reload) and keeps it for later visits.
 * Returns the storage problem when the browser refused to keep it (the data still works in this
 * tab).
 */
export async function addUserDataset(
	dataset: StoredDataset,
	options: ImportControl = {}
): Promise<StorageProblem | null> {
	const { signal, onProgress } = options;
	// Each part of the rows, each batch of profile lines, then storage
	const parts = Math.ceil(dataset.rows.value.length / ROWS_PER_PART);
	const batches = profileBatches(dataset);
	const total = parts + batches.length + 1;
	const stopped = () => {
		if (signal?.aborted) throw new ImportCancelled();
	};
	stopped();
	const db = await database();
	rowsInDatabase.add(dataset.id);
	// Rows and metadata together or not at all: whatever fails or is cancelled, the parts already
	// in the engine go again, nothing is stored, and the same file can be imported again. (Parts
	// are committed one by one, so this page's other queries may see some rows meanwhile.)
	const undo = async () => {
		await withConnection(db, (conn) => removeDataset(conn, dataset.id)).catch(() => undefined);
		rowsInDatabase.delete(dataset.id);
	};
	let problem: StorageProblem | null;
	try {
		await withConnection(db, (conn) =>
			insertDataset(conn, dataset, (done) => {
				stopped();
				onProgress?.(done, total);
			})
		);
		const profiles = await withConnection(db, (conn) =>
			memberProfiles(conn, dataset, batches, (done) => {
				stopped();
				onProgress?.(parts + done, total);
			})
		);
		stopped();
		// Past this point the import is done: storage takes rows and metadata in one transaction.
		problem = await saveUserDataset({
			...dataset,
			...options.sourceTable,
			profiles,
			profiled: true
		});
	} catch (error) {
		await undo();
		throw error;
	}
	onProgress?.(total, total);
	return problem;
}

export async function deleteUserData(datasetId: string): Promise<void> {
	// Storage first: an engine that starts meanwhile reads the storage without the dataset, and
	// the list updates without waiting for an engine still starting (issue 9: delete < 2 s).
	await deleteUserDataset(datasetId);
	rowsInDatabase.delete(datasetId);
	const { startedDatabase } = await import('$lib/db/duckdb');
	const running = startedDatabase();
	if (!running) return;
	const db = await running;
	// A restore under way could otherwise put the rows back after they were deleted.
	await rowsRestored?.catch(() => undefined);
	await withConnection(db, (conn) => removeDataset(conn, datasetId));
	await dropSourceView(db, datasetId);
}
