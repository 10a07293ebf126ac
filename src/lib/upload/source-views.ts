import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { keepUserSource, listUserDatasets, loadUserSource } from '$lib/storage/user-data';
import { dropSourceViewSql, sourceViewSql, type SourceTable } from './source-table';

/**
 * The uploads' own tables in the SQL console, one view each (`upload_<name>`) over a CSV. A view
 * is made the first time the console runs; the file is read only by queries that name it.
 */
const views = new Map<string, string>();
/** Uploads deleted in this page: one deleted while its CSV was written gets no view */
const deleted = new Set<string>();
/** One making of views at a time: two queries at once would write the same CSV twice */
let making: Promise<void> = Promise.resolve();

const fileOf = (datasetId: string) => `upload-${datasetId}.csv`;

/** A table whose CSV is being written from its file: what the console says meanwhile */
export interface Preparing {
	table: string;
	/** Share of the file read, 0 to 1; 1 while its rows are written */
	read: number;
}

/**
 * Makes a view for every stored upload that has a table and none yet. An upload kept as the file
 * was uploaded (`table.read`) has its CSV written first, once, and only when `sql` names it: for
 * a 100 MB file that takes seconds, which a query of other tables should not wait for.
 */
export function ensureSourceViews(
	db: AsyncDuckDB,
	sql = '',
	onPreparing: (preparing: Preparing) => void = () => undefined
): Promise<void> {
	making = making.catch(() => undefined).then(() => makeViews(db, sql.toLowerCase(), onPreparing));
	return making;
}

async function makeViews(
	db: AsyncDuckDB,
	sql: string,
	onPreparing: (preparing: Preparing) => void
): Promise<void> {
	const { datasets } = await listUserDatasets();
	const missing = datasets.filter(
		(d): d is typeof d & { table: SourceTable } =>
			!!d.table && !views.has(d.id) && (!d.table.read || sql.includes(d.table.name.toLowerCase()))
	);
	if (!missing.length) return;
	const { registerBlob } = await import('$lib/db/duckdb');
	const conn = await db.connect();
	try {
		for (const dataset of missing) {
			try {
				const source = await sourceOf(dataset.id, dataset.table, onPreparing);
				if (!source || deleted.has(dataset.id)) continue;
				await registerBlob(db, fileOf(dataset.id), source.blob);
				await conn.query(sourceViewSql(source.table, fileOf(dataset.id)));
				views.set(dataset.id, source.table.name);
			} catch (error) {
				console.warn(`Could not open the table of ${dataset.fileName}:`, error);
			}
		}
	} finally {
		await conn.close();
	}
}

/** The upload's CSV, written from the file as uploaded when that is what was kept. */
async function sourceOf(
	datasetId: string,
	table: SourceTable,
	onPreparing: (preparing: Preparing) => void
): Promise<{ blob: Blob; table: SourceTable } | null> {
	const blob = await loadUserSource(datasetId);
	if (!blob) return null;
	if (!table.read) return { blob, table };
	const { ParseWorker } = await import('./worker-client');
	const worker = new ParseWorker();
	onPreparing({ table: table.name, read: 0 });
	const written = await worker
		.source(blob, table.read, ({ phase, loaded, total }) =>
			onPreparing({ table: table.name, read: phase === 'reading' ? loaded / total : 1 })
		)
		.finally(() => worker.dispose());
	if (!written) return null;
	const csv: SourceTable = { name: table.name, columns: written.columns, rows: written.rows };
	// Kept for the next visit; when storage refuses, the view still works in this tab.
	await keepUserSource(datasetId, written.blob, csv).catch((error: unknown) =>
		console.warn('Could not keep the table as CSV:', error)
	);
	return { blob: written.blob, table: csv };
}

/** A deleted upload's view and file go with it. */
export async function dropSourceView(db: AsyncDuckDB, datasetId: string): Promise<void> {
	deleted.add(datasetId);
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
