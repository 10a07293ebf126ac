import { addQueryGate, addStartHook } from '$lib/db/start-hooks';

/**
 * The analyst's uploads, kept in the browser, join the shared tables: their indicators at every
 * engine start, their rows only when a query first names an uploaded indicator (`user-…` ids), so
 * that a page which never asks for them never reads them (issue 9: restoring millions of rows at
 * every start made every page wait). The upload code owns this; the engine only runs the hooks.
 * The restore code itself loads lazily, with the engine, so pages pay nothing for it until then.
 */
export function restoreUploadsAtStart(): void {
	addStartHook(async (db) => (await import('./user-tables')).restoreUserTables(db));
	addQueryGate((params) =>
		params.some((p) => typeof p === 'string' && p.startsWith('user-'))
			? import('./user-tables').then((m) => m.ensureUserRows())
			: undefined
	);
}
