/** A query ready to run: SQL with `?` placeholders and the values that fill them, in order. */
export interface BuiltQuery {
	sql: string;
	params: (string | number)[];
}

/** `?, ?, ?` for an IN list: the list's length shapes the SQL, its values stay parameters. */
export function placeholders(count: number): string {
	if (count < 1) throw new Error('An IN list needs at least one value');
	return Array.from({ length: count }, () => '?').join(', ');
}

/**
 * Runs built queries: native DuckDB at build time (prerendering), DuckDB-WASM in the browser.
 * Views depend on this, never on an engine, so the same builders feed both.
 */
export interface QueryRunner {
	run<T>(query: BuiltQuery): Promise<T[]>;
}
