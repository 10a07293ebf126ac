/**
 * The upload screens' only way to the engine: components and routes never import `$lib/db`.
 * Everything here loads the engine lazily, in the browser only.
 */
export async function warmEngine(): Promise<void> {
	const { getDatabase } = await import('$lib/db/duckdb');
	await getDatabase();
}
