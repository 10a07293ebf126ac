/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { base, build, files, prerendered, version } from '$service-worker';
import { translate, type Lang } from '$lib/i18n/locale';
import {
	cachePlan,
	enginePrefetch,
	engineStored,
	engineFlavour,
	isThaiPath,
	pageKey
} from '$lib/offline/cache-plan';
import {
	NOT_STORED_OFFLINE,
	type OfflineReply,
	type OfflineRequest,
	type WindowsReply
} from '$lib/offline/messages';

const sw = self as unknown as ServiceWorkerGlobalScope;

// Named for the base path: another site on the same host keeps its own caches.
const PREFIX = `asean-dashboard${base}:`;
const SHELL = `${PREFIX}shell-${version}`;
// File names of the bundle carry a content hash, so one engine cache outlives app versions.
const ENGINE = `${PREFIX}duckdb-engine`;
const plan = cachePlan(build, files, prerendered);
const shellPaths = new Set(plan.shell);
const enginePaths = new Set(plan.engine);
/** Engine downloads under way, so a page and the prefetch never fetch the same 34 MB twice. */
const inflight = new Map<string, Promise<void>>();

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(plan.shell)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(PREFIX) && key !== SHELL && key !== ENGINE) await caches.delete(key);
			}
			const engine = await caches.open(ENGINE);
			for (const request of await engine.keys()) {
				if (!enginePaths.has(new URL(request.url).pathname)) await engine.delete(request);
			}
			// A first install takes over the open page, so its first visit already stores the engine.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// The Cache API holds whole responses only; a byte range goes to the network untouched.
	if (request.headers.has('range')) return;
	if (enginePaths.has(url.pathname)) event.respondWith(engineResponse(url.pathname, request));
	else if (request.mode === 'navigate') event.respondWith(pageResponse(url));
	else if (shellPaths.has(pathKey(url))) event.respondWith(shellResponse(url, request));
	else if (url.pathname.endsWith('/__data.json')) event.respondWith(dataResponse(request));
	else if (url.pathname === `${base}/_app/version.json`)
		event.respondWith(versionResponse(request));
});

sw.addEventListener('message', (event) => {
	const message = event.data as OfflineRequest;
	const reply = (answer: OfflineReply | WindowsReply) => event.ports[0]?.postMessage(answer);
	// Sent to a waiting version by the only open page, as it loads (see OfflineState).
	if (message.type === 'activate-now') event.waitUntil(sw.skipWaiting());
	else if (message.type === 'windows') {
		event.waitUntil(
			sw.clients
				.matchAll({ type: 'window' })
				.then((windows) => reply({ type: 'windows', count: windows.length }))
		);
	} else if (message.type === 'status') event.waitUntil(status().then(reply));
	else if (message.type === 'store-engine') {
		event.waitUntil(
			Promise.all(enginePrefetch(plan.engine).map(storeEngineFile))
				.then(status)
				.catch((error: unknown) => ({ ...emptyStatus(), error: String(error) }))
				.then(reply)
		);
	}
});

/** Kit lists paths decoded; a request carries them encoded. */
function decodedPath(url: URL): string {
	try {
		return decodeURI(url.pathname);
	} catch {
		return url.pathname;
	}
}

function pathKey(url: URL): string {
	return pageKey(decodedPath(url));
}

function emptyStatus(): OfflineReply {
	return { type: 'status', version, shell: false, engine: false };
}

async function status(): Promise<OfflineReply> {
	const shell = await caches.has(SHELL);
	const engine = await caches.open(ENGINE);
	const stored = (await engine.keys()).map((request) => new URL(request.url).pathname);
	return { type: 'status', version, shell, engine: engineStored(stored) };
}

async function shellResponse(url: URL, request: Request): Promise<Response> {
	const cached = await caches.match(pathKey(url), { cacheName: SHELL });
	return cached ?? fetch(request);
}

/**
 * A client-side navigation to a page never stored: without network, SvelteKit shows its error
 * page, which this marker turns from a bare "500 Internal Error" into the offline message.
 */
async function dataResponse(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch {
		return new Response(JSON.stringify(NOT_STORED_OFFLINE), {
			status: 503,
			headers: { 'Content-Type': 'application/json' }
		});
	}
}

/** SvelteKit asks for the deployed version after a failed navigation; offline, this one answers. */
async function versionResponse(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch {
		return Response.json({ version });
	}
}

function storeEngineFile(path: string): Promise<void> {
	const running = inflight.get(path);
	if (running) return running;
	const task = (async () => {
		const cache = await caches.open(ENGINE);
		if (await cache.match(path)) return;
		const response = await fetch(path);
		if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
		await cache.put(path, response);
	})().finally(() => inflight.delete(path));
	inflight.set(path, task);
	return task;
}

async function engineResponse(path: string, request: Request): Promise<Response> {
	await inflight.get(path)?.catch(() => undefined);
	const cache = await caches.open(ENGINE);
	const cached = await cache.match(path);
	if (cached) return cached;
	const response = await fetch(request);
	// Only a complete answer is worth keeping; a partial one could never be served whole.
	if (response.status === 200 && engineFlavour(path)) {
		const stored = cache.put(path, response.clone()).catch(() => undefined);
		inflight.set(path, stored);
		void stored.finally(() => inflight.delete(path));
	}
	return response;
}

async function pageResponse(url: URL): Promise<Response> {
	const key = pathKey(url);
	const cached = await caches.match(key, { cacheName: SHELL });
	if (cached && key !== decodedPath(url)) {
		// Pages link their scripts by relative paths: served at `/x` instead of `/x/`, they would
		// resolve one level too high. Redirect as the static host does.
		const slashed = new URL(url);
		slashed.pathname = `${url.pathname}/`;
		return Response.redirect(slashed.href, 301);
	}
	if (cached) return cached;
	try {
		return await fetch(url.href);
	} catch {
		return offlinePage(url);
	}
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page shown offline for an address that was never stored, in the language of its path. */
function offlinePage(url: URL): Response {
	const lang: Lang = isThaiPath(url.pathname, base) ? 'th' : 'en';
	const t = (key: Parameters<typeof translate>[1]) => escapeHtml(translate(lang, key));
	const home = `${base}${lang === 'th' ? '/th' : ''}/`;
	const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('offline.page.title')} · ${t('site.title')}</title>
<link rel="icon" href="${base}/favicon.svg" type="image/svg+xml">
<style>
body{font-family:system-ui,'Noto Sans Thai',sans-serif;max-width:40rem;margin:3rem auto;padding:0 1.25rem;color:#1f2933;line-height:1.5}
a{color:#1d4ed8}
</style>
</head>
<body>
<main>
<h1>${t('offline.page.title')}</h1>
<p>${t('offline.page.body')}</p>
<p><a href="${home}">${t('offline.page.home')}</a></p>
</main>
</body>
</html>`;
	// Not 503: the page itself is the answer, and an error status would be logged as a failure.
	return new Response(html, {
		headers: {
			'Content-Type': 'text/html; charset=utf-8',
			'Content-Security-Policy': "default-src 'self'; script-src 'none'; style-src 'unsafe-inline'"
		}
	});
}
