import type { IndicatorDraft } from '$lib/storage/columns';
import type { TidyColumns } from '$lib/storage/types';
import type { ImportOptions, ImportResult } from './import';
import type { SourceRead } from './source-table';

/** Messages between the page and `parse.worker.ts`. */
export type WorkerRequest =
	| { type: 'analyse'; file: File; options: ImportOptions }
	/** The file's own table, read as its check read it, written as CSV */
	| { type: 'source'; file: Blob; read: SourceRead };

export type WorkerPhase = 'reading' | 'parsing';

/**
 * The rows that passed, packed in the worker: millions of row objects would cost the page
 * seconds of structured cloning; typed arrays are transferred for free.
 */
export interface PackedRows {
	indicators: IndicatorDraft[];
	rows: TidyColumns;
	/** Decimals each indicator's values carry (`publishedDecimals`) */
	decimals: number[];
}

/** The file read as a table: what its own table in the SQL console will hold */
export interface TableShape {
	columns: string[];
	rows: number;
}

/** The parsed table as a CSV file for the SQL console (`source-table.ts`) */
export interface SourceFile {
	blob: Blob;
	columns: string[];
	rows: number;
}

export type WorkerResponse =
	| { type: 'progress'; phase: WorkerPhase; loaded: number; total: number }
	/** `table` is null when the file was not read as a table */
	| { type: 'result'; result: ImportResult; packed: PackedRows; table: TableShape | null }
	| { type: 'failed'; message: string }
	/** Null when the file no longer reads as a table */
	| { type: 'source'; source: SourceFile | null };
