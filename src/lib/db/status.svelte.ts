import { getContext, setContext } from 'svelte';

export type DatabasePhase = 'idle' | 'loading' | 'ready' | 'error';

/** Whether the in-browser database is up; views fall back to prerendered data until it is. */
export class DatabaseStatus {
	phase = $state<DatabasePhase>('idle');
	error = $state('');

	#starting: Promise<void> | undefined;

	/** Starts DuckDB once, on first need; the module is loaded only in the browser. */
	ensure(): Promise<void> {
		if (this.phase === 'ready') return Promise.resolve();
		if (this.phase === 'loading' && this.#starting) return this.#starting;
		this.phase = 'loading';
		this.#starting = (async () => {
			try {
				const { getDatabase } = await import('./duckdb');
				await getDatabase();
				this.phase = 'ready';
			} catch (error) {
				this.error = error instanceof Error ? error.message : String(error);
				this.phase = 'error';
			}
		})();
		return this.#starting;
	}
}

const key = Symbol('database-status');

export function setDatabaseStatus(status: DatabaseStatus): DatabaseStatus {
	return setContext(key, status);
}

export function getDatabaseStatus(): DatabaseStatus {
	const status = getContext<DatabaseStatus | undefined>(key);
	if (!status) throw new Error('DatabaseStatus context is missing: set it in the root layout');
	return status;
}
