/// <reference lib="webworker" />
import { emptyColumns, publishedDecimals } from '$lib/storage/columns';
import { analyseFile, readSource, type ImportOptions } from './import';
import { sourceColumns, type SourceRead } from './source-table';
import type { PackedRows, SourceFile, WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * Reads and checks uploads off the main thread, so the page stays responsive and Cancel can
 * simply terminate this worker. Every file, whatever its size, goes through the same
 * `analyseFile`: one parser and one set of cell rules. The page terminates the worker once it
 * has answered, so each request reads the file anew: nothing is kept between them.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
	scope.postMessage(message, transfer);

async function readBytes(file: Blob): Promise<Uint8Array> {
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
	const bytes = await readBytes(request.file);
	if (request.type === 'analyse') check(bytes, request.file.name, request.options);
	else writeSource(bytes, request.read);
}

function check(bytes: Uint8Array, name: string, options: ImportOptions): void {
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
	const shape = table?.ok
		? { columns: sourceColumns(table.columns.map((c) => c.name)), rows: table.rows.length }
		: null;
	post({ type: 'result', result, packed, table: shape }, [
		rows.indicator.buffer,
		rows.iso3.buffer,
		rows.year.buffer,
		rows.sex.buffer,
		rows.value.buffer
	]);
}

/** Characters of CSV put into one blob part */
const BLOB_CHARS = 4 << 20;

/**
 * The file's own table for the SQL console, read as its check read it, a few hundred rows at a
 * time: only one batch's cells are ever held (all of a 100 MB wide file's took 900 MB), and
 * batches this small die young, before the collector would promote them. The text goes into a
 * blob every few megabytes (a blob made of blobs copies nothing).
 */
function writeSource(bytes: Uint8Array, read: SourceRead): void {
	post({ type: 'progress', phase: 'parsing', loaded: 0, total: 1 });
	const blobs: Blob[] = [];
	let pending: string[] = [];
	let length = 0;
	const flush = () => {
		blobs.push(new Blob(pending));
		pending = [];
		length = 0;
	};
	const csv = readSource(bytes, read, (part) => {
		pending.push(part);
		length += part.length;
		if (length >= BLOB_CHARS) flush();
	});
	flush();
	const source: SourceFile | null = csv && { blob: new Blob(blobs, { type: 'text/csv' }), ...csv };
	post({ type: 'source', source });
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	handle(event.data).catch((error: unknown) =>
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
	);
});
