import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readCsvFiles } from './duckdb-csv';
import type { CsvTable } from './table';

/**
 * For tests: CSV text written to a scratch directory and read back through the pipeline's own
 * DuckDB reader, so reader tests exercise the real parsing path rather than a stand-in.
 */
export async function tablesFromText(
	files: Record<string, string>
): Promise<Map<string, CsvTable>> {
	const dir = mkdtempSync(join(tmpdir(), 'asean-csv-'));
	try {
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		return await readCsvFiles(dir, Object.keys(files));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export async function tableFromText(text: string): Promise<CsvTable> {
	return (await tablesFromText({ 'file.csv': text })).get('file.csv')!;
}
