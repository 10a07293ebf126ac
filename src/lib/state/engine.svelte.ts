import { getContext, setContext } from 'svelte';
import type { BuiltQuery, QueryRunner } from '$lib/queries/types';

export type EnginePhase = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The in-browser database as the views see it: whether it is up, and a runner for built queries.
 * The engine module is loaded only in the browser and only through here, so no component or
 * route holds an engine handle.
 */
export class Engine implements QueryRunner {
	phase = $state<EnginePhase>('idle');
	error = $state('');

	#starting: Promise<void> | undefined;
	/** The same query asked twice at once (ranked bars and map share one) runs once. */
	#inFlight = new Map<string, Promise<unknown[]>>();

	/** Starts DuckDB once, on first need. */
	ensure(): Promise<void> {
		if (this.phase === 'ready') return Promise.resolve();
		if (this.#starting) return this.#starting;
		this.phase = 'loading';
		this.#starting = (async () => {
			try {
				const { getDatabase } = await import('$lib/db/duckdb');
				await getDatabase();
				this.phase = 'ready';
			} catch (error) {
				this.error = error instanceof Error ? error.message : String(error);
				this.phase = 'error';
				this.#starting = undefined;
			}
		})();
		return this.#starting;
	}

	/**
	 * Starts the engine now, without waiting for it: a page whose charts are prerendered is drawn
	 * from its HTML meanwhile, and the engine is warm for the first click.
	 */
	warm() {
		if (this.phase === 'idle') void this.ensure();
	}

	run = async <T>(query: BuiltQuery): Promise<T[]> => {
		const key = queryKey(query);
		const running = this.#inFlight.get(key);
		if (running) return running as Promise<T[]>;
		const started = (async () => {
			await this.ensure();
			if (this.phase === 'error') throw new Error(this.error);
			const { query: runQuery } = await import('$lib/db/duckdb');
			return runQuery<T>(query);
		})();
		this.#inFlight.set(key, started);
		try {
			return await started;
		} finally {
			this.#inFlight.delete(key);
		}
	};
}

/** Two built queries are the same question when their SQL and parameters are. */
export function queryKey(query: BuiltQuery): string {
	return JSON.stringify([query.sql, query.params]);
}

const key = Symbol('engine');

export function setEngine(engine: Engine): Engine {
	return setContext(key, engine);
}

export function getEngine(): Engine {
	const engine = getContext<Engine | undefined>(key);
	if (!engine) throw new Error('Engine context is missing: set it in the language layout');
	return engine;
}
