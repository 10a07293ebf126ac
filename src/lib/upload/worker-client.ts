import type { ImportOptions, ImportResult } from './import';
import type { SourceRead } from './source-table';
import type {
	PackedRows,
	SourceFile,
	TableShape,
	WorkerPhase,
	WorkerRequest,
	WorkerResponse
} from './worker-protocol';

export interface Progress {
	phase: WorkerPhase;
	loaded: number;
	total: number;
}

export class CancelledError extends Error {
	constructor() {
		super('Cancelled');
		this.name = 'CancelledError';
	}
}

/**
 * The page's handle on the parse worker: one request at a time; `cancel()` terminates the
 * worker (and rejects the pending request), and the next request starts a fresh one.
 */
export class ParseWorker {
	#worker: Worker | null = null;
	#pending: { reject: (error: Error) => void } | null = null;

	#ensure(): Worker {
		this.#worker ??= new Worker(new URL('./parse.worker.ts', import.meta.url), {
			type: 'module'
		});
		return this.#worker;
	}

	/**
	 * Its answer sent, the worker goes, and with it the file's parsed cells: left to the collector
	 * of an idle worker, a 100 MB file's gigabyte of them stayed some 8 s, through the import that
	 * usually follows (issue 9). The next request reads the file again, in a fresh worker.
	 */
	#stop(worker: Worker): void {
		worker.terminate();
		if (this.#worker === worker) this.#worker = null;
	}

	#run<T>(
		request: WorkerRequest,
		onProgress: (progress: Progress) => void,
		pick: (response: WorkerResponse) => T | undefined
	): Promise<T> {
		this.#pending?.reject(new CancelledError());
		const worker = this.#ensure();
		return new Promise<T>((resolve, reject) => {
			const settle = () => {
				worker.removeEventListener('message', onMessage);
				worker.removeEventListener('error', onError);
				this.#pending = null;
			};
			const onMessage = (event: MessageEvent<WorkerResponse>) => {
				const message = event.data;
				if (message.type === 'progress') {
					onProgress(message);
					return;
				}
				settle();
				this.#stop(worker);
				if (message.type === 'failed') {
					reject(new Error(message.message));
					return;
				}
				const value = pick(message);
				if (value === undefined) reject(new Error(`Unexpected reply: ${message.type}`));
				else resolve(value);
			};
			const onError = (event: ErrorEvent) => {
				settle();
				this.#stop(worker);
				reject(new Error(event.message || 'The file reader stopped'));
			};
			this.#pending = {
				reject: (error) => {
					settle();
					reject(error);
				}
			};
			worker.addEventListener('message', onMessage);
			worker.addEventListener('error', onError);
			worker.postMessage(request);
		});
	}

	/** Reads and checks the file; `table` is what its own table in the SQL console will hold. */
	analyse(
		file: File,
		options: ImportOptions,
		onProgress: (progress: Progress) => void
	): Promise<{ result: ImportResult; packed: PackedRows; table: TableShape | null }> {
		return this.#run({ type: 'analyse', file, options }, onProgress, (m) =>
			m.type === 'result' ? { result: m.result, packed: m.packed, table: m.table } : undefined
		);
	}

	/** The file's own table as CSV, read with the choices of its check (null: not a table). */
	source(
		file: Blob,
		read: SourceRead,
		onProgress: (progress: Progress) => void = () => undefined
	): Promise<SourceFile | null> {
		return this.#run({ type: 'source', file, read }, onProgress, (m) =>
			m.type === 'source' ? m.source : undefined
		);
	}

	/** Stops whatever the worker is doing; the pending request rejects with CancelledError. */
	cancel(): void {
		if (this.#worker) this.#stop(this.#worker);
		this.#pending?.reject(new CancelledError());
	}

	dispose(): void {
		this.cancel();
	}
}
