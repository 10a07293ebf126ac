import type { ImportOptions, ImportResult } from './import';
import type {
	PackedRows,
	SourceFile,
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
 * worker (and rejects the pending request), and the next request starts a fresh one. A worker
 * with nothing left to send is terminated too.
 */
export class ParseWorker {
	#worker: Worker | null = null;
	#pending: { reject: (error: Error) => void } | null = null;
	#requests = 0;
	/** Source files still being written, by request: they arrive after their result */
	#sources = new Map<number, (source: SourceFile | null) => void>();

	#ensure(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
			const message = event.data;
			if (message.type !== 'source') return;
			this.#sources.get(message.id)?.(message.source);
			this.#sources.delete(message.id);
			// Its check done and its table sent, the worker goes, and with it the file's parsed
			// cells: left to the collector of an idle worker, a 100 MB file's gigabyte of them
			// stayed some 8 s, through the import that usually follows (issue 9). The next check
			// reads the file again, in a fresh worker.
			if (!this.#pending && !this.#sources.size && this.#worker === worker) {
				worker.terminate();
				this.#worker = null;
			}
		});
		this.#worker = worker;
		return worker;
	}

	/** Pending source files come to nothing when the worker stops. */
	#dropSources(): void {
		for (const resolve of this.#sources.values()) resolve(null);
		this.#sources.clear();
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
				if (message.type === 'source') return;
				if (message.type === 'progress') {
					onProgress(message);
					return;
				}
				settle();
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
				this.#worker = null;
				worker.terminate();
				this.#dropSources();
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

	/**
	 * Reads and checks the file. `source` settles later, with the file's own table for the SQL
	 * console (null when nothing can be imported, or when the worker was stopped first).
	 */
	async analyse(
		file: File,
		options: ImportOptions,
		onProgress: (progress: Progress) => void
	): Promise<{ result: ImportResult; packed: PackedRows; source: Promise<SourceFile | null> }> {
		const id = ++this.#requests;
		const source = new Promise<SourceFile | null>((resolve) => this.#sources.set(id, resolve));
		try {
			const answer = await this.#run({ type: 'analyse', id, file, options }, onProgress, (m) =>
				m.type === 'result' ? { result: m.result, packed: m.packed } : undefined
			);
			return { ...answer, source };
		} catch (error) {
			this.#sources.get(id)?.(null);
			this.#sources.delete(id);
			throw error;
		}
	}

	/** Stops whatever the worker is doing; the pending request rejects with CancelledError. */
	cancel(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#dropSources();
		this.#pending?.reject(new CancelledError());
	}

	dispose(): void {
		this.cancel();
	}
}
