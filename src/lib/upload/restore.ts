import { addStartHook } from '$lib/db/start-hooks';

/**
 * The analyst's uploads, kept in the browser, join the shared tables at every engine start. The
 * upload code owns this; the engine only runs the hook. The restore code itself loads lazily, with
 * the engine, so pages pay nothing for it until DuckDB starts.
 */
export function restoreUploadsAtStart(): void {
	addStartHook(async (db) => (await import('./user-tables')).restoreUserTables(db));
}
