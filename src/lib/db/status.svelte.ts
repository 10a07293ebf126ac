import { getContext, setContext } from 'svelte';

export type DatabasePhase = 'idle' | 'loading' | 'ready' | 'error';

/** Whether the in-browser database is up; views fall back to prerendered data until it is. */
export class DatabaseStatus {
	phase = $state<DatabasePhase>('idle');
	error = $state('');

	/** Starts DuckDB once, on first need; the module is loaded only in the browser. */
	async ensure(): Promise<void> {
		if (this.phase === 'loading' || this.phase === 'ready') return;
		this.phase = 'loading';
		try {
			const { getDatabase } = await import('./duckdb');
			await getDatabase();
			this.phase = 'ready';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.phase = 'error';
		}
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
