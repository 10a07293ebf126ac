/**
 * A conservative check that console SQL only reads: one statement, starting with SELECT, WITH,
 * FROM or VALUES, with no keyword that writes, configures, loads or attaches anything, and no
 * function or literal path that reads files or URLs (DuckDB would fetch `'https://…'` itself).
 * It refuses some harmless queries (a column named `update`); the message says how to rephrase.
 */
export type SqlCheck = { ok: true; sql: string } | { ok: false; reason: string };

const FORBIDDEN = [
	'insert',
	'update',
	'delete',
	'merge',
	'upsert',
	'create',
	'drop',
	'alter',
	'truncate',
	'copy',
	'attach',
	'detach',
	'install',
	'load',
	'set',
	'reset',
	'call',
	'export',
	'import',
	'pragma',
	'checkpoint',
	'vacuum',
	'begin',
	'commit',
	'rollback',
	'transaction',
	'use',
	'grant',
	'revoke',
	'prepare',
	'execute',
	'deallocate',
	'replace',
	'secret'
];

/** Table functions that read files, URLs or settings */
const FORBIDDEN_FUNCTION =
	/\b(read_\w+|\w+_scan|sniff_csv|glob|parquet_\w+|iceberg_\w+|delta_\w+|getenv|current_setting|duckdb_secrets|duckdb_settings|which_secret|load_extension|query|query_table|json_execute_serialized_sql)\s*\(/i;

/** Comments replaced by a space, string literals by `''` (kept apart for the path check). */
function stripCommentsAndStrings(sql: string): { code: string; strings: string[] } {
	let code = '';
	const strings: string[] = [];
	/** Only literals where DuckDB would read a table: after FROM or JOIN, or in a FROM list */
	const keep = (text: string) => {
		if (inTablePosition(code)) strings.push(text);
	};
	for (let i = 0; i < sql.length;) {
		const ch = sql[i];
		const next = sql[i + 1];
		if (ch === '-' && next === '-') {
			const end = sql.indexOf('\n', i);
			i = end === -1 ? sql.length : end;
			code += ' ';
		} else if (ch === '/' && next === '*') {
			const end = sql.indexOf('*/', i + 2);
			i = end === -1 ? sql.length : end + 2;
			code += ' ';
		} else if (ch === "'" || ch === '"') {
			let text = '';
			let j = i + 1;
			for (; j < sql.length; j++) {
				if (sql[j] === ch && sql[j + 1] === ch) {
					text += ch;
					j++;
				} else if (sql[j] === ch) break;
				else text += sql[j];
			}
			// Both kinds are checked for paths: DuckDB reads `FROM "data.csv"` as a file too.
			keep(text);
			code += ch === "'" ? "''" : ' "ident" ';
			i = j + 1;
		} else if (ch === '$' && /[$a-z_]/i.test(next ?? '')) {
			const tag = /^\$[a-z_]*\$/i.exec(sql.slice(i))?.[0];
			if (!tag) {
				code += ch;
				i++;
				continue;
			}
			const end = sql.indexOf(tag, i + tag.length);
			keep(sql.slice(i + tag.length, end === -1 ? sql.length : end));
			code += "''";
			i = end === -1 ? sql.length : end + tag.length;
		} else {
			code += ch;
			i++;
		}
	}
	return { code, strings };
}

const CLAUSE =
	/\b(select|from|join|where|group|order|having|on|using|limit|qualify|window|union|except|intersect)\b/gi;

/** The code so far ends where a table name goes (`FROM`, `JOIN`, or `,` inside a FROM list). */
function inTablePosition(code: string): boolean {
	if (/\b(from|join)\s*\(*\s*$/i.test(code)) return true;
	if (!/,\s*\(*\s*$/.test(code)) return false;
	const clauses = code.match(CLAUSE);
	return clauses?.at(-1)?.toLowerCase() === 'from';
}

const LOOKS_LIKE_PATH =
	/:\/\/|^\/|^[a-z]:\\|\.(csv|tsv|txt|parquet|json|jsonl|ndjson|arrow|db|duckdb|sqlite|gz|zst|xlsx?)$/i;

export function checkReadOnlySql(input: string): SqlCheck {
	const trimmed = input.trim();
	if (!trimmed)
		return { ok: false, reason: 'Write a query first, e.g. SELECT * FROM observations LIMIT 10.' };
	const { code, strings } = stripCommentsAndStrings(trimmed);
	const body = code.trim().replace(/;\s*$/, '');
	if (body.includes(';')) {
		return { ok: false, reason: 'Only one statement at a time: remove the text after ";".' };
	}
	const first = /^\(*\s*([a-z]+)/i.exec(body)?.[1]?.toLowerCase();
	if (!first || !['select', 'with', 'from', 'values'].includes(first)) {
		return {
			ok: false,
			reason: 'Only queries that read are allowed: start with SELECT, WITH, FROM or VALUES.'
		};
	}
	const words = new Set(body.toLowerCase().match(/[a-z_]+/g) ?? []);
	const bad = FORBIDDEN.find((w) => words.has(w));
	if (bad) {
		return {
			ok: false,
			reason: `"${bad.toUpperCase()}" is not allowed here: the console only reads. (A column with that name can be written in double quotes.)`
		};
	}
	const fn = FORBIDDEN_FUNCTION.exec(body);
	if (fn) {
		return { ok: false, reason: `${fn[1]}() reads files or settings and is not allowed here.` };
	}
	const path = strings.find((s) => LOOKS_LIKE_PATH.test(s.trim()));
	if (path !== undefined) {
		return {
			ok: false,
			reason:
				'Text that looks like a file or web address is not allowed: the console only reads the dashboard tables.'
		};
	}
	return {
		ok: true,
		sql: trimmed.replace(/;\s*$/, '').replace(/;(\s*(--[^\n]*|\/\*[\s\S]*?\*\/)\s*)*$/, '')
	};
}
