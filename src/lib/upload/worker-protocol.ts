import type { IndicatorDraft } from '$lib/storage/columns';
import type { TidyColumns } from '$lib/storage/types';
import type { ImportOptions, ImportResult } from './import';

/** Messages between the page and `parse.worker.ts`. */
export interface WorkerRequest {
	type: 'analyse';
	/** Names the request, so its source file can follow its result */
	id: number;
	file: File;
	options: ImportOptions;
}

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

/** The parsed table as a CSV file for the SQL console (`source-table.ts`) */
export interface SourceFile {
	blob: Blob;
	columns: string[];
	rows: number;
}

export type WorkerResponse =
	| { type: 'progress'; phase: WorkerPhase; loaded: number; total: number }
	| { type: 'result'; result: ImportResult; packed: PackedRows }
	| { type: 'failed'; message: string }
	/** After the result, so writing it never delays the check; null when nothing can be imported */
	| { type: 'source'; id: number; source: SourceFile | null };
