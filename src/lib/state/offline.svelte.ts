import { getContext, setContext } from 'svelte';
import type { OfflineReply, OfflineRequest, WindowsReply } from '$lib/offline/messages';

export type OfflinePhase = 'unsupported' | 'saving' | 'ready' | 'error';

/**
 * Whether this browser holds the dashboard for use without a network, how much it stores, and
 * whether a newer version waits. The service worker does the storing; this only asks and listens.
 */
export class OfflineState {
	phase = $state<OfflinePhase>('saving');
	error = $state('');
	/** Bytes the origin stores (pages, data, engine, uploads), as the browser estimates them */
	usage = $state<number | null>(null);
	/** Whether the browser promised not to clear the storage when space runs low */
	persisted = $state<boolean | null>(null);
	/** A newer version is installed and waits for the next load */
	updateWaiting = $state(false);
	/** This load is the next load: the page reloads under the newer version at once */
	updating = $state(false);
	online = $state(true);

	/**
	 * Registers the service worker once `quiet` resolves, and follows it; returns the listeners'
	 * cleanup. Storing the site downloads tens of megabytes: it waits so that the first visit's
	 * own page and database load first.
	 */
	start(scriptUrl: URL, scope: string, quiet: () => Promise<void>): () => void {
		const controller = new AbortController();
		const { signal } = controller;
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true), { signal });
		addEventListener('offline', () => (this.online = false), { signal });
		if (!('serviceWorker' in navigator)) {
			this.phase = 'unsupported';
			return () => controller.abort();
		}
		void quiet()
			.then(() => (signal.aborted ? undefined : this.#follow(scriptUrl, scope, signal)))
			.catch((error: unknown) => this.#fail(error));
		return () => controller.abort();
	}

	async #follow(scriptUrl: URL, scope: string, signal: AbortSignal) {
		const hadController = navigator.serviceWorker.controller !== null;
		const registration = await navigator.serviceWorker.register(scriptUrl, { scope });
		const watchInstall = (worker: ServiceWorker | null) => {
			if (!worker) return;
			const check = () => {
				if (worker.state === 'installed' && registration.active) this.updateWaiting = true;
				// A first install that fails leaves nothing stored: say so rather than wait forever.
				if (worker.state === 'redundant' && !registration.active && !registration.waiting) {
					this.#fail(new Error('the browser did not finish storing the files'));
				}
			};
			worker.addEventListener('statechange', check, { signal });
			check();
		};
		if (registration.waiting && hadController) {
			this.updateWaiting = true;
			await this.#updateIfAlone(registration, signal);
		}
		watchInstall(registration.installing);
		registration.addEventListener('updatefound', () => watchInstall(registration.installing), {
			signal
		});

		const active = (await navigator.serviceWorker.ready).active;
		if (!active || signal.aborted) return;
		await activated(active);
		let status = await ask(active, { type: 'status' });
		if (status.shell && !status.engine) {
			await idle();
			status = await ask(active, { type: 'store-engine' });
		}
		if (status.error) throw new Error(status.error);
		if (!status.shell || !status.engine) throw new Error('some files are missing');
		this.phase = 'ready';
		await this.#measure();
	}

	/**
	 * A newer version takes over as a page loads, before anyone uses it, and only when no other
	 * window of the site is open (a presenter's second screen, say): nothing ever changes under a
	 * page in use.
	 */
	async #updateIfAlone(registration: ServiceWorkerRegistration, signal: AbortSignal) {
		const active = registration.active;
		const waiting = registration.waiting;
		if (!active || !waiting) return;
		const { count } = await ask<WindowsReply>(active, { type: 'windows' });
		if (count !== 1 || signal.aborted) return;
		this.updating = true;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true,
			signal
		});
		waiting.postMessage({ type: 'activate-now' } satisfies OfflineRequest);
	}

	async #measure() {
		if (!navigator.storage) return;
		this.persisted =
			(await navigator.storage.persisted?.()) || (await navigator.storage.persist?.()) || false;
		const { usage } = await navigator.storage.estimate();
		this.usage = usage ?? null;
	}

	#fail(error: unknown) {
		this.error = error instanceof Error ? error.message : String(error);
		this.phase = 'error';
	}
}

function activated(worker: ServiceWorker): Promise<void> {
	if (worker.state === 'activated') return Promise.resolve();
	return new Promise((resolve) => {
		const check = () => {
			if (worker.state === 'activated' || worker.state === 'redundant') resolve();
		};
		worker.addEventListener('statechange', check);
	});
}

function ask<Reply = OfflineReply>(worker: ServiceWorker, request: OfflineRequest): Promise<Reply> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event) => resolve(event.data as Reply);
		worker.postMessage(request, [channel.port2]);
	});
}

/** The 34 MB engine download waits until the page has painted and settled. */
export function idle(): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 5000 });
		else setTimeout(resolve, 1000);
	});
}

const key = Symbol('offline-state');

export function setOfflineState(state: OfflineState): OfflineState {
	return setContext(key, state);
}

export function getOfflineState(): OfflineState {
	const state = getContext<OfflineState | undefined>(key);
	if (!state) throw new Error('OfflineState context is missing: set it in the language layout');
	return state;
}
