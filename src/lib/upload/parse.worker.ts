/// <reference lib="webworker" />
import { emptyColumns, publishedDecimals } from '$lib/storage/columns';
import { analyseFile } from './import';
import { sourceCsv } from './source-table';
import type { ParsedTable } from './parse';
import type { PackedRows, SourceFile, WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * Reads and checks uploads off the main thread, so the page stays responsive and Cancel can
 * simply terminate this worker. Every file, whatever its size, goes through the same
 * `analyseFile`: one parser and one set of cell rules. The page terminates the worker once it
 * has sent the file's own table, so each check reads the file anew (little beside checking
 * it): its bytes are not kept.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
	scope.postMessage(message, transfer);

async function readBytes(file: File): Promise<Uint8Array> {
	const total = file.size;
	const bytes = new Uint8Array(total);
	const reader = file.stream().getReader();
	let loaded = 0;
	let lastPost = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes.set(value.subarray(0, total - loaded), loaded);
		loaded += value.length;
		if (loaded - lastPost > 512 * 1024 || loaded >= total) {
			lastPost = loaded;
			post({ type: 'progress', phase: 'reading', loaded: Math.min(loaded, total), total });
		}
	}
	return bytes;
}

async function handle(request: WorkerRequest): Promise<void> {
	const { file, options, id } = request;
	postSource(id, check(await readBytes(file), file.name, options));
}

/**
 * Posts the check of the file; returns its table when it can be imported. Its own function, so
 * that nothing but the table outlives it while the table is written.
 */
function check(bytes: Uint8Array, name: string, options: WorkerRequest['options']) {
	post({ type: 'progress', phase: 'parsing', loaded: 0, total: 1 });
	// The size limit was checked on the page before reading.
	const { result, table, observations } = analyseFile(bytes, name, {
		...options,
		maxBytes: Infinity,
		rowObjects: false
	});
	const { indicators, rows } = observations?.pack() ?? { indicators: [], rows: emptyColumns(0) };
	const packed: PackedRows = {
		indicators,
		rows,
		decimals: publishedDecimals(rows, indicators.length)
	};
	post({ type: 'result', result, packed }, [
		rows.indicator.buffer,
		rows.iso3.buffer,
		rows.year.buffer,
		rows.sex.buffer,
		rows.value.buffer
	]);
	return result.ok ? table : null;
}

/** The file's own table for the SQL console, written once the check is on the page. */
function postSource(id: number, table: ParsedTable | null): void {
	let source: SourceFile | null = null;
	try {
		if (table) {
			// Each part goes into the blob as written (a blob made of blobs copies nothing), and
			// each row's cells go with it: the table is not needed after this.
			let blob = new Blob([], { type: 'text/csv' });
			const csv = sourceCsv(
				table,
				(part) => (blob = new Blob([blob, part], { type: 'text/csv' })),
				{
					release: true
				}
			);
			source = { blob, columns: csv.columns, rows: csv.rows };
		}
	} catch (error) {
		// Without it the import still works; only the console lacks the file's own columns.
		console.warn('Could not keep the file as a table:', error);
	}
	post({ type: 'source', id, source });
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	handle(event.data).catch((error: unknown) =>
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
	);
});
