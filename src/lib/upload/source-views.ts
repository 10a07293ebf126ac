import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { listUserDatasets, loadUserSource } from '$lib/storage/user-data';
import { dropSourceViewSql, sourceViewSql, type SourceTable } from './source-table';

/**
 * The uploads' own tables in the SQL console, one view each (`upload_<name>`) over the CSV kept
 * at import. A view is made the first time the console runs; the file is read only by queries
 * that name it.
 */
const views = new Map<string, string>();

const fileOf = (datasetId: string) => `upload-${datasetId}.csv`;

/** Makes a view for every stored upload that has a table and none yet. */
export async function ensureSourceViews(db: AsyncDuckDB): Promise<void> {
	const { datasets } = await listUserDatasets();
	const missing = datasets.filter(
		(d): d is typeof d & { table: SourceTable } => !!d.table && !views.has(d.id)
	);
	if (!missing.length) return;
	const { registerBlob } = await import('$lib/db/duckdb');
	const conn = await db.connect();
	try {
		for (const dataset of missing) {
			const blob = await loadUserSource(dataset.id);
			if (!blob) continue;
			try {
				await registerBlob(db, fileOf(dataset.id), blob);
				await conn.query(sourceViewSql(dataset.table, fileOf(dataset.id)));
				views.set(dataset.id, dataset.table.name);
			} catch (error) {
				console.warn(`Could not open the table of ${dataset.fileName}:`, error);
			}
		}
	} finally {
		await conn.close();
	}
}

/** A deleted upload's view and file go with it. */
export async function dropSourceView(db: AsyncDuckDB, datasetId: string): Promise<void> {
	const name = views.get(datasetId);
	if (!name) return;
	views.delete(datasetId);
	const conn = await db.connect();
	try {
		await conn.query(dropSourceViewSql(name));
	} finally {
		await conn.close();
	}
	await db.dropFile(fileOf(datasetId));
}
