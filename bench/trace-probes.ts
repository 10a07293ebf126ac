/**
 * In-page tracing for bench/profile.ts (serialised into the page like probes.ts): every message
 * between the page and the DuckDB worker, the idle callback that starts the engine, and IndexedDB
 * opens, each with `performance.now()`.
 */

export interface WorkerMessage {
	/** Request type (INSTANTIATE, OPEN, RUN_QUERY, …) */
	type: string;
	sent: number;
	/** The worker's final answer (OK, QUERY_RESULT, …; progress messages excluded) */
	answered?: number;
	answer?: string;
}

export interface StartTrace {
	workers: { url: string; created: number }[];
	messages: WorkerMessage[];
	idleRequested: number[];
	idleFired: number[];
	indexedDbOpened: number[];
}

declare global {
	interface Window {
		__trace: StartTrace;
	}
}

export function installStartTrace(): void {
	const trace: StartTrace = {
		workers: [],
		messages: [],
		idleRequested: [],
		idleFired: [],
		indexedDbOpened: []
	};
	window.__trace = trace;
	const NativeWorker = window.Worker;
	window.Worker = class extends NativeWorker {
		constructor(url: string | URL, options?: WorkerOptions) {
			super(url, options);
			trace.workers.push({ url: String(url), created: performance.now() });
			const pending = new Map<number, WorkerMessage>();
			const send = this.postMessage.bind(this) as (m: unknown, t?: Transferable[]) => void;
			this.postMessage = ((message: { messageId?: number; type?: string }, transfer?: never) => {
				if (
					message &&
					typeof message === 'object' &&
					message.type &&
					message.messageId !== undefined
				) {
					const entry = { type: String(message.type), sent: performance.now() };
					trace.messages.push(entry);
					pending.set(message.messageId, entry);
				}
				send(message, transfer);
			}) as Worker['postMessage'];
			this.addEventListener('message', (event: MessageEvent) => {
				const data = event.data as { requestId?: number; type?: string } | null;
				if (!data || data.requestId === undefined) return;
				if (data.type === 'INSTANTIATE_PROGRESS' || data.type === 'PROGRESS_UPDATE') return;
				const entry = pending.get(data.requestId);
				if (!entry) return;
				entry.answered = performance.now();
				entry.answer = String(data.type);
				pending.delete(data.requestId);
			});
		}
	};
	const idle = window.requestIdleCallback?.bind(window);
	if (idle) {
		window.requestIdleCallback = (callback, options) => {
			trace.idleRequested.push(performance.now());
			return idle((deadline) => {
				trace.idleFired.push(performance.now());
				callback(deadline);
			}, options);
		};
	}
	const open = indexedDB.open.bind(indexedDB);
	indexedDB.open = (name: string, version?: number) => {
		trace.indexedDbOpened.push(performance.now());
		return open(name, version);
	};
}
