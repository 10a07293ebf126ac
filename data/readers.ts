/**
 * The raw files as the extract step sees them, and memoised readers over them. Kept apart from the
 * per-source extraction so tests and the pipeline can supply files without touching the rules.
 */
import { sdgEntities } from './extract-sdg';
import { conceptFromFileName, readDdfPoints } from './read/ddf';
import { readDdiRows } from './read/ddi';
import { readTidyRows } from './read/gender-portal';
import { readSdgPoints } from './read/sdg';
import type { CsvTable } from './read/table';
import { meltHdrColumn } from './read/undp-hdr';

/** Raw files already read (by DuckDB, all text), by path relative to the sources directory. */
export interface SourceFiles {
	table(path: string): CsvTable;
	exists(path: string): boolean;
}

/**
 * Readers over the raw files, each file decoded at most once per build: the gender-portal file
 * alone feeds some twenty indicators.
 */
export function createReaders(files: SourceFiles) {
	const memo = new Map<string, unknown>();
	const once = <T>(key: string, make: () => T): T => {
		if (!memo.has(key)) memo.set(key, make());
		return memo.get(key) as T;
	};
	return {
		ddf: (path: string) =>
			once(`ddf:${path}`, () => readDdfPoints(files.table(path), path, conceptFromFileName(path))),
		hdr: (path: string, column: string) => meltHdrColumn(files.table(path), path, column),
		sdg: (path: string) =>
			once(`sdg:${path}`, () => readSdgPoints(files.table(path), path, sdgEntities(path, files))),
		tidy: (path: string) => once(`tidy:${path}`, () => readTidyRows(files.table(path), path)),
		ddi: (path: string) => once(`ddi:${path}`, () => readDdiRows(files.table(path), path))
	};
}

export type Readers = ReturnType<typeof createReaders>;
