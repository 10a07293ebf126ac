/**
 * The two reference pages `npm run bench` holds the site against, built into bench/tmp/ref and
 * served by the bench server under /__bench/ (never part of build/):
 * - blank.html: one line of text, the fastest first contentful paint this server allows;
 * - duckdb.html: only instantiates and opens DuckDB-WASM from the same hashed `eh`/`mvp` wasm and
 *   worker files the site ships (build/_app/immutable), runs `SELECT 1`, then shows the same
 *   `footer .db-status[data-phase=ready]` marker the site does, so one probe times both.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const REFERENCE_PREFIX = '/__bench/';
export const BLANK = `${REFERENCE_PREFIX}blank.html`;
export const BARE_DUCKDB = `${REFERENCE_PREFIX}duckdb.html`;

export interface DuckDbFiles {
	ehWasm: string;
	ehWorker: string;
	mvpWasm: string;
	mvpWorker: string;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** The site's own hashed DuckDB files, as URLs */
export function duckDbFiles(buildDir: string): DuckDbFiles {
	const files = walk(join(buildDir, '_app/immutable')).map((f) => `/${relative(buildDir, f)}`);
	const find = (pattern: RegExp) => {
		const found = files.filter((f) => pattern.test(f));
		if (found.length !== 1)
			throw new Error(`expected one ${pattern} in build/, found ${found.length}`);
		return found[0];
	};
	return {
		ehWasm: find(/\/duckdb-eh\.[^/]*\.wasm$/),
		ehWorker: find(/\/duckdb-browser-eh\.worker\.[^/]*\.js$/),
		mvpWasm: find(/\/duckdb-mvp\.[^/]*\.wasm$/),
		mvpWorker: find(/\/duckdb-browser-mvp\.worker\.[^/]*\.js$/)
	};
}

/**
 * A reference page's start: the same calls and options as src/lib/db/duckdb.ts up to `open`,
 * from the files listed in the page's `#files` (DuckDbFiles); leaves `db` open.
 */
export const OPEN_DUCKDB = `
import * as duckdb from '@duckdb/duckdb-wasm';
const files = JSON.parse(document.getElementById('files').textContent);
const bundle = await duckdb.selectBundle({
	mvp: { mainModule: files.mvpWasm, mainWorker: files.mvpWorker },
	eh: { mainModule: files.ehWasm, mainWorker: files.ehWorker }
});
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker));
await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
`;

// DuckDB opened as the site does, then one query.
const BARE_SCRIPT = `${OPEN_DUCKDB}
const status = document.querySelector('footer .db-status');
const conn = await db.connect();
const answer = (await conn.query('SELECT 1 AS one')).toArray()[0].one;
await conn.close();
status.textContent = 'ready: SELECT 1 = ' + answer + ' (' + bundle.mainModule + ')';
status.dataset.phase = answer === 1 ? 'ready' : 'error';
`;

/** Writes the reference pages; returns the directory the server mounts at REFERENCE_PREFIX */
export async function buildReferences(buildDir: string, outDir = 'bench/tmp/ref'): Promise<string> {
	mkdirSync(outDir, { recursive: true });
	const files = duckDbFiles(buildDir);
	await build({
		stdin: { contents: BARE_SCRIPT, resolveDir: process.cwd(), loader: 'js' },
		bundle: true,
		minify: true,
		format: 'esm',
		target: 'es2022',
		outfile: join(outDir, 'duckdb.js'),
		logLevel: 'error'
	});
	const page = (title: string, body: string) =>
		`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title></head><body>${body}</body></html>\n`;
	writeFileSync(join(outDir, 'blank.html'), page('blank', '<p>Blank reference page.</p>'));
	writeFileSync(
		join(outDir, 'duckdb.html'),
		page(
			'bare DuckDB',
			`<p>Bare DuckDB reference page.</p><footer><p class="db-status" data-phase="loading">loading</p></footer>` +
				`<script type="application/json" id="files">${JSON.stringify(files)}</script>` +
				`<script type="module" src="${REFERENCE_PREFIX}duckdb.js"></script>`
		)
	);
	return outDir;
}
