import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Extract } from './catalog/types';
import { requiredFiles, type SourceFiles } from './extract';
import { readCsvFiles } from './read/duckdb-csv';

/** Raw files under `dir` read as text by native DuckDB, only those the given extracts need. */
export async function sourceDirectory(
	dir: string,
	extracts: readonly Extract[]
): Promise<SourceFiles> {
	const exists = (path: string) => existsSync(join(dir, path));
	const paths = requiredFiles(extracts, exists);
	const missing = paths.filter((path) => !exists(path));
	if (missing.length > 0) {
		throw new Error(
			`${missing.join(', ')}: not found under ${dir}; is --sources pointing at the raw sources?`
		);
	}
	const tables = await readCsvFiles(dir, paths);
	return {
		exists,
		table(path) {
			const table = tables.get(path);
			if (!table) throw new Error(`${path}: not read; it is not named by the catalogue`);
			return table;
		}
	};
}
