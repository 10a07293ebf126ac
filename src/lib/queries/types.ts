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
