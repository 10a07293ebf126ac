import type { ImportOptions, ImportResult } from './import';

/** Messages between the page and `parse.worker.ts`. */
export type WorkerRequest =
	| {
			type: 'analyse';
			file: File;
			options: ImportOptions;
			/** Read only the first `headBytes` (cut at a line break): preview of a large file */
			headBytes?: number;
	  }
	| {
			/** The whole file as UTF-8 bytes without BOM, for DuckDB's CSV reader */
			type: 'utf8';
			file: File;
			encoding: NonNullable<ImportOptions['encoding']>;
	  };

export type WorkerPhase = 'reading' | 'parsing' | 'converting';

export type WorkerResponse =
	| { type: 'progress'; phase: WorkerPhase; loaded: number; total: number }
	| { type: 'result'; result: ImportResult; partial: boolean }
	| { type: 'utf8'; bytes: Uint8Array }
	| { type: 'failed'; message: string };
