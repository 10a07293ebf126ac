/// <reference lib="webworker" />
import { emptyColumns, publishedDecimals } from '$lib/storage/columns';
import { analyseFile, readTable, type ImportOptions } from './import';
import { sourceColumns, sourceCsv, type SourceRead } from './source-table';
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

/**
 * The file's own table for the SQL console, read as its check read it. Each part goes into the
 * blob as written (a blob made of blobs copies nothing), and each row's cells go with it.
 */
function writeSource(bytes: Uint8Array, read: SourceRead): void {
	post({ type: 'progress', phase: 'parsing', loaded: 0, total: 1 });
	const table = readTable(bytes, read);
	let source: SourceFile | null = null;
	if (table) {
		let blob = new Blob([], { type: 'text/csv' });
		const csv = sourceCsv(table, (part) => (blob = new Blob([blob, part], { type: 'text/csv' })), {
			release: true
		});
		source = { blob, columns: csv.columns, rows: csv.rows };
	}
	post({ type: 'source', source });
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	handle(event.data).catch((error: unknown) =>
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
	);
});
