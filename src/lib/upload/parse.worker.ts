/// <reference lib="webworker" />
import { importFile } from './import';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/**
 * Reads and parses uploads off the main thread, so the page stays responsive and Cancel can
 * simply terminate this worker. The last file's bytes are kept, so that changing the encoding or
 * the mapping re-runs without reading the file again.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let cached: { file: File; limit: number; bytes: Uint8Array } | null = null;

const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
	scope.postMessage(message, transfer);

async function readBytes(file: File, limit = file.size): Promise<Uint8Array> {
	if (cached && cached.file === file && cached.limit === limit) return cached.bytes;
	const total = Math.min(limit, file.size);
	const bytes = new Uint8Array(total);
	const reader = file.slice(0, total).stream().getReader();
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
	cached = { file, limit, bytes };
	return bytes;
}

/** The head of a file up to its last complete line, so no character or row is cut in two. */
function wholeLines(bytes: Uint8Array): Uint8Array {
	const le = bytes[0] === 0xff && bytes[1] === 0xfe;
	const be = bytes[0] === 0xfe && bytes[1] === 0xff;
	for (let i = bytes.length - 1; i > 0; i--) {
		if (le && bytes[i] === 0x0a && bytes[i + 1] === 0x00 && i % 2 === 0) {
			return bytes.subarray(0, i + 2);
		}
		if (be && bytes[i] === 0x0a && bytes[i - 1] === 0x00 && i % 2 === 1) {
			return bytes.subarray(0, i + 1);
		}
		if (!le && !be && bytes[i] === 0x0a) return bytes.subarray(0, i + 1);
	}
	return bytes;
}

async function handle(request: WorkerRequest): Promise<void> {
	if (request.type === 'analyse') {
		const { file, options, headBytes } = request;
		const partial = headBytes !== undefined && headBytes < file.size;
		const read = await readBytes(file, partial ? headBytes : file.size);
		const bytes = partial ? wholeLines(read) : read;
		post({ type: 'progress', phase: 'parsing', loaded: 0, total: 1 });
		// The size limit was checked on the page before reading; a head is never over it.
		const result = importFile(bytes, file.name, { ...options, maxBytes: Infinity });
		post({ type: 'result', result, partial });
		return;
	}
	const bytes = await readBytes(request.file);
	post({ type: 'progress', phase: 'converting', loaded: 0, total: 1 });
	// The decoder drops a byte-order mark that matches the encoding.
	const text = new TextDecoder(request.encoding).decode(bytes);
	const utf8 = new TextEncoder().encode(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	post({ type: 'utf8', bytes: utf8 }, [utf8.buffer]);
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	handle(event.data).catch((error: unknown) =>
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
	);
});
