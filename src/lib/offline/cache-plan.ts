/**
 * What the service worker keeps, and under which key. Pure, so the rules can be tested without a
 * browser; src/service-worker.ts only wires them to the Cache API.
 */

/** A DuckDB bundle file (wasm or its worker script), as Vite names it in `_app/immutable/assets/`. */
const ENGINE_FILE = /\/duckdb-(?:browser-)?(eh|mvp|coi)[.\w-]*\.(wasm|js)$/;

export type EngineFlavour = 'eh' | 'mvp' | 'coi';

/** The engine bundle a path belongs to, or null when it is not part of DuckDB's bundle. */
export function engineFlavour(path: string): EngineFlavour | null {
	const match = ENGINE_FILE.exec(path);
	return match ? (match[1] as EngineFlavour) : null;
}

export interface CachePlan {
	/** Fetched and stored in the install step: small, and the site is useless without it. */
	shell: string[];
	/** DuckDB's bundle: about 34 MB per flavour, stored only when first fetched. */
	engine: string[];
}

/**
 * Splits SvelteKit's lists (`$service-worker`) into what install stores and what waits for first
 * use. The engine stays out of install so that a host or network that fails on one 34 MB file
 * does not leave the whole site uncached.
 */
export function cachePlan(build: string[], files: string[], prerendered: string[]): CachePlan {
	const engine = build.filter((path) => engineFlavour(path) !== null);
	const rest = build.filter((path) => engineFlavour(path) === null);
	return { shell: [...new Set([...rest, ...files, ...prerendered])], engine };
}

/**
 * The cache key of a page request: its path with the trailing slash the site always uses, and no
 * query string (`/indicator/x/?year=2019` is the page `/indicator/x/`, filled in on the client).
 */
export function pageKey(pathname: string): string {
	const last = pathname.slice(pathname.lastIndexOf('/') + 1);
	return pathname.endsWith('/') || last.includes('.') ? pathname : `${pathname}/`;
}

/** True when `pathname` is a page of the Thai half of the site, under `base`. */
export function isThaiPath(pathname: string, base: string): boolean {
	return pathname === `${base}/th` || pathname.startsWith(`${base}/th/`);
}

/**
 * Whether one complete bundle is stored: a wasm file and the worker of the same flavour. DuckDB
 * picks the flavour by browser features, so any complete one counts.
 */
export function engineStored(storedPaths: string[]): boolean {
	const kinds = new Map<EngineFlavour, Set<string>>();
	for (const path of storedPaths) {
		const flavour = engineFlavour(path);
		if (!flavour) continue;
		const set = kinds.get(flavour) ?? new Set<string>();
		set.add(path.endsWith('.wasm') ? 'wasm' : 'worker');
		kinds.set(flavour, set);
	}
	return [...kinds.values()].some((set) => set.has('wasm') && set.has('worker'));
}

/** The files to fetch ahead of first use: the exceptions ("eh") bundle every current browser runs. */
export function enginePrefetch(engine: string[]): string[] {
	return engine.filter((path) => engineFlavour(path) === 'eh');
}
