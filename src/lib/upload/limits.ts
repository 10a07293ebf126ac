import { DEFAULT_MAX_BYTES } from './import';

/** Files above this size are refused before a byte is read; the "My data" page shows it. */
export const MAX_UPLOAD_BYTES = DEFAULT_MAX_BYTES;

/**
 * Long (tidy) files above this size are read in full by DuckDB's CSV reader (db/ingest.ts);
 * smaller files and every wide file go through the JavaScript import in the parse worker.
 */
export const LARGE_FILE_BYTES = 16 * 1024 * 1024;

/** How much of a large file the worker parses for the preview and the proposed mapping */
export const HEAD_BYTES = 2 * 1024 * 1024;
