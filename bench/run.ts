/**
 * `npm run bench`: drives the built site in headless Chromium beside two reference pages served by
 * the same server (bench/references.ts), and writes bench/results.json plus a table on stdout.
 * Targets are reported as ratios to references measured in the same run, never asserted.
 * Environment: BENCH_RUNS (page loads, default 7), BENCH_INTERACTIONS (default 100),
 * BENCH_INGEST_RUNS (default 5), BENCH_INGEST_SIZES (MB, default "1,10,100"), BENCH_INGEST_WIDE (MB
 * of the generated wide file, default 100, 0 for none), BENCH_INGEST_WIDE_RUNS (default 2),
 * BENCH_SKIP=load,bytes,interactions,ingest, BENCH_OUT (default bench/results.json).
 */
import type { Browser } from '@playwright/test';
import { execSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { existsSync, writeFileSync } from 'node:fs';
import { BUILD, launch, log } from './browser';
import { bytes } from './bytes';
import { ingest } from './ingest';
import { interactions, type Interactions } from './interactions';
import { pageLoads, type Loads } from './loads';
import { buildReferences, REFERENCE_PREFIX } from './references';
import { startStaticServer } from './server';
import { buildSizes } from './sizes';
import { report } from './report';
import { targets, type Results } from './targets';
import { buildReadPage, FILES_PREFIX } from './wasm-read';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 100);
const INGEST_RUNS = Number(process.env.BENCH_INGEST_RUNS ?? 5);
const INGEST_SIZES = (process.env.BENCH_INGEST_SIZES ?? '1,10,100').split(',').map(Number);
const INGEST_WIDE = Number(process.env.BENCH_INGEST_WIDE ?? 100);
const INGEST_WIDE_RUNS = Number(process.env.BENCH_INGEST_WIDE_RUNS ?? 2);
const OUT = process.env.BENCH_OUT ?? 'bench/results.json';
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));

function machine() {
	const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	const sh = (command: string) => {
		try {
			return execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		} catch {
			return 'unknown';
		}
	};
	return {
		nproc: cpus().length,
		cpu: cpus()[0]?.model ?? 'unknown',
		memoryGB: Math.round(totalmem() / 2 ** 30),
		freeMemoryGB: Math.round(freemem() / 2 ** 30),
		loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
		node: process.version,
		chromium: sh(`${chromiumPath} --version`),
		commit: sh('git rev-parse --short HEAD'),
		uncommittedFiles: Number(sh('git status --porcelain | wc -l'))
	};
}

async function section<T>(name: string, run: () => Promise<T>): Promise<T | { skipped: string }> {
	try {
		return await run();
	} catch (error) {
		log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
		return { skipped: error instanceof Error ? error.message : String(error) };
	}
}

async function main() {
	if (!existsSync(`${BUILD}/index.html`)) throw new Error('No build/: run `npm run build` first');
	const results: Record<string, unknown> = {
		date: new Date().toISOString(),
		machine: machine(),
		server:
			'bench/server.ts on 127.0.0.1: precompressed .br/.gz siblings when present, else gzip -6 on the fly; immutable caching for _app/immutable; reference pages under /__bench/ (bench/tmp/ref, never in build/)',
		runs: {
			pageLoads: RUNS,
			interactions: INTERACTIONS,
			ingest: INGEST_RUNS,
			ingestSizesMB: INGEST_SIZES,
			ingestWide: INGEST_WIDE ? { sizeMB: INGEST_WIDE, runs: INGEST_WIDE_RUNS } : null
		}
	};
	log('static sizes (brotli of the wasm takes a while on the first run)');
	results.sizes = buildSizes(BUILD);
	const refs = await buildReferences(BUILD);
	await buildReadPage(BUILD, refs);
	// The generated upload files first: the reference prefix would match them too.
	const server = await startStaticServer(BUILD, 0, {
		[FILES_PREFIX]: 'bench/tmp',
		[REFERENCE_PREFIX]: refs
	});
	let browser: Browser | undefined;
	try {
		browser = await launch();
		const b = browser;
		if (!SKIP.has('load')) results.firstChart = await pageLoads(b, server.url, RUNS);
		if (!SKIP.has('bytes')) results.bytes = await bytes(b, server.url);
		if (!SKIP.has('interactions')) {
			log(`${INTERACTIONS} interactions`);
			results.interactions = await section('interactions', () =>
				interactions(b, server.url, INTERACTIONS)
			);
		}
		if (!SKIP.has('ingest')) {
			results.ingest = await section('ingest', () =>
				ingest(
					b,
					server.url,
					INGEST_SIZES,
					INGEST_RUNS,
					INGEST_WIDE ? { sizeMB: INGEST_WIDE, runs: INGEST_WIDE_RUNS } : null
				)
			);
		}
	} finally {
		await browser?.close();
		await server.close();
	}
	(results.machine as { loadAverageAfter?: number[] }).loadAverageAfter = loadavg().map(
		(l) => Math.round(l * 100) / 100
	);
	const clean = (v: unknown) => (v && typeof v === 'object' && 'skipped' in v ? undefined : v);
	results.targets = targets({
		firstChart: results.firstChart as Loads | undefined,
		interactions: clean(results.interactions) as Interactions | undefined,
		ingest: results.ingest as Results['ingest'],
		bytes: results.bytes as Results['bytes']
	});
	writeFileSync(OUT, `${JSON.stringify(results, null, '\t')}\n`);
	console.log(report(results));
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
