import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';

/**
 * Work that must be done after the shared tables are loaded and before `getDatabase()` resolves
 * (e.g. restoring the analyst's uploads). Kept apart from duckdb.ts so that registering a hook
 * does not pull the engine's bundle into a page; the engine knows nothing of what a hook does.
 */
export type StartHook = (db: AsyncDuckDB) => Promise<void>;

const hooks: StartHook[] = [];

/** Registers a hook; one registered after the engine started runs at the next start only. */
export function addStartHook(hook: StartHook): void {
	if (!hooks.includes(hook)) hooks.push(hook);
}

export async function runStartHooks(db: AsyncDuckDB): Promise<void> {
	for (const hook of hooks) {
		try {
			await hook(db);
		} catch (error) {
			// A failing hook (say, unreadable browser storage) must not keep the dashboard from starting.
			console.warn('A database start hook failed:', error);
		}
	}
}

/**
 * Work a query must wait for, decided from its parameters (e.g. an uploaded indicator's rows,
 * restored only when first asked for). Returns undefined when the query needs nothing.
 */
export type QueryGate = (params: readonly unknown[]) => Promise<void> | undefined;

const gates: QueryGate[] = [];

export function addQueryGate(gate: QueryGate): void {
	if (!gates.includes(gate)) gates.push(gate);
}

export async function passQueryGates(params: readonly unknown[]): Promise<void> {
	for (const gate of gates) {
		try {
			await gate(params);
		} catch (error) {
			console.warn('A database query gate failed:', error);
		}
	}
}
