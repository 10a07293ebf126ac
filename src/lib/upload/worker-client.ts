import type { ImportOptions, ImportResult } from './import';
import type { PackedRows, WorkerPhase, WorkerRequest, WorkerResponse } from './worker-protocol';

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

	analyse(
		file: File,
		options: ImportOptions,
		onProgress: (progress: Progress) => void
	): Promise<{ result: ImportResult; packed: PackedRows }> {
		return this.#run({ type: 'analyse', file, options }, onProgress, (m) =>
			m.type === 'result' ? { result: m.result, packed: m.packed } : undefined
		);
	}

	/** Stops whatever the worker is doing; the pending request rejects with CancelledError. */
	cancel(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#pending?.reject(new CancelledError());
	}

	dispose(): void {
		this.cancel();
	}
}
