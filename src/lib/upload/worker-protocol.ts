import type { IndicatorDraft } from '$lib/storage/columns';
import type { TidyColumns } from '$lib/storage/types';
import type { ImportOptions, ImportResult } from './import';

/** Messages between the page and `parse.worker.ts`. */
export interface WorkerRequest {
	type: 'analyse';
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
}

export type WorkerResponse =
	| { type: 'progress'; phase: WorkerPhase; loaded: number; total: number }
	| { type: 'result'; result: ImportResult; packed: PackedRows }
	| { type: 'failed'; message: string };
