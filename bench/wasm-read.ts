/**
 * The in-browser floor of an upload: DuckDB-WASM's own `read_csv` of the same file, from the
 * same wasm and worker files the site ships, on a bare page with nothing else (no check, no
 * mapping, no import into `observations`, no profiles, no storage). The 2× native target of
 * issue 9 leaves the site's own steps only what this floor does not already take.
 */
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { newContext } from './browser';
import { duckDbFiles, OPEN_DUCKDB, REFERENCE_PREFIX } from './references';
import { summarise } from './stats';

export const WASM_READ = `${REFERENCE_PREFIX}read.html`;
/** Where the server mounts bench/tmp, so the bare page can fetch the generated files */
export const FILES_PREFIX = `${REFERENCE_PREFIX}files/`;

// DuckDB opened as the site does. The file is put in the engine's memory before the clock starts
// reading it: fetching it over loopback is not part of an upload, which reads a local file.
const READ_SCRIPT = `${OPEN_DUCKDB}
window.__benchReadCsv = async (url) => {
	const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
	const conn = await db.connect();
	const started = performance.now();
	await db.registerFileBuffer('upload.csv', bytes);
	const registered = performance.now();
	await conn.query("CREATE TABLE t AS SELECT * FROM read_csv('upload.csv')");
	const read = performance.now();
	const rows = (await conn.query('SELECT count(*)::INTEGER AS n FROM t')).toArray()[0].n;
	await conn.close();
	return { registerMs: registered - started, readCsvMs: read - registered, rows };
};
document.body.dataset.ready = 'true';
`;

/** Writes read.html and read.js beside the other reference pages */
export async function buildReadPage(buildDir: string, outDir: string): Promise<void> {
	await build({
		stdin: { contents: READ_SCRIPT, resolveDir: process.cwd(), loader: 'js' },
		bundle: true,
		minify: true,
		format: 'esm',
		target: 'es2022',
		outfile: join(outDir, 'read.js'),
		logLevel: 'error'
	});
	writeFileSync(
		join(outDir, 'read.html'),
		`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>DuckDB-WASM read_csv</title></head><body><p>DuckDB-WASM read_csv reference page.</p>` +
			`<script type="application/json" id="files">${JSON.stringify(duckDbFiles(buildDir))}</script>` +
			`<script type="module" src="${REFERENCE_PREFIX}read.js"></script></body></html>\n`
	);
}

/**
 * `runs` reads of `file` (a path under bench/tmp), each in a fresh context: the file handed to
 * the engine, then `CREATE TABLE … AS SELECT * FROM read_csv(…)`, timed in the page.
 */
export async function wasmReadCsv(browser: Browser, base: string, file: string, runs: number) {
	const total: number[] = [];
	const readCsv: number[] = [];
	let rows = 0;
	for (let k = 0; k < runs; k++) {
		const context = await newContext(browser);
		try {
			const page = await context.newPage();
			await page.goto(base + WASM_READ);
			await page.locator('body[data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
			const url = base + FILES_PREFIX + file.replace(/^bench\/tmp\//, '');
			const run = await page.evaluate((u) => window.__benchReadCsv!(u), url);
			total.push(run.registerMs + run.readCsvMs);
			readCsv.push(run.readCsvMs);
			rows = run.rows;
		} finally {
			await context.close();
		}
	}
	return { totalMs: summarise(total), readCsvMs: summarise(readCsv), rows };
}

declare global {
	interface Window {
		__benchReadCsv?: (
			url: string
		) => Promise<{ registerMs: number; readCsvMs: number; rows: number }>;
	}
}
