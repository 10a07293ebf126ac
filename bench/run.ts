/**
 * `npm run bench`: drives the built site in headless Chromium and writes bench/results.json plus a
 * table on stdout. Targets are reported, never asserted (issue 5). Environment:
 * BENCH_RUNS (page loads, default 7), BENCH_INTERACTIONS (default 100), BENCH_INGEST_RUNS
 * (default 5), BENCH_INGEST_SIZES (MB, default "1,10,100"), BENCH_SKIP=ingest,interactions,…
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/chromium';
import { execSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tidyCsv } from './csv';
import { nativeLoad } from './native';
import { blockIdleStart, installMarks, type InteractionTiming, type PageMarks } from './probes';
import { startStaticServer } from './server';
import { buildSizes, kindOf, saveSizeCache, sizeOf, type AssetKind } from './sizes';
import { summarise, type Summary } from './stats';

const BUILD = 'build';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 100);
const INGEST_RUNS = Number(process.env.BENCH_INGEST_RUNS ?? 5);
const INGEST_SIZES = (process.env.BENCH_INGEST_SIZES ?? '1,10,100').split(',').map(Number);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const INDICATOR = '/indicator/life-expectancy/';
const MB = 1e6;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

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

async function launch(): Promise<Browser> {
	return chromium.launch(chromiumLaunchOptions);
}

async function newContext(browser: Browser, options: { blockDuckDb?: boolean } = {}) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	// tsx compiles with keepNames: serialised functions call esbuild's `__name` helper.
	await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
	await context.addInitScript(installMarks);
	if (options.blockDuckDb) await context.addInitScript(blockIdleStart);
	return context;
}

async function waitForMarks(page: Page, names: (keyof PageMarks)[], timeout = 30_000) {
	await page.waitForFunction(
		(wanted) => wanted.every((n) => window.__bench?.[n as keyof PageMarks] !== undefined),
		names,
		{ timeout }
	);
	return page.evaluate(() => window.__bench);
}

// ---------------------------------------------------------------- first chart

interface LoadTimes {
	firstContent: number[];
	fcp: number[];
	dbReady: number[];
}

/**
 * Home: "first meaningful content" = the first indicator card with its headline figure, painted
 * (max of the frame after it enters the DOM and first-contentful-paint). Indicator page: the same
 * for `[data-chart="ranked"] svg`.
 */
async function firstChart(browser: Browser, base: string) {
	const pages = { home: '/', indicator: INDICATOR };
	const result: Record<string, { cold: LoadTimes; warm: LoadTimes }> = {};
	for (const [name, path] of Object.entries(pages)) {
		const isIndicator = name === 'indicator';
		const content: (keyof PageMarks)[] = isIndicator
			? ['chartFrame', 'fcp', 'dbReady']
			: ['cardFrame', 'fcp'];
		const cold: LoadTimes = { firstContent: [], fcp: [], dbReady: [] };
		const warm: LoadTimes = { firstContent: [], fcp: [], dbReady: [] };
		for (let run = 0; run < RUNS; run++) {
			const context = await newContext(browser);
			const page = await context.newPage();
			for (const [times, go] of [
				[cold, () => page.goto(base + path)],
				[warm, () => page.reload()]
			] as const) {
				await go();
				const marks = await waitForMarks(page, content);
				const frame = isIndicator ? marks.chartFrame! : marks.cardFrame!;
				times.firstContent.push(Math.max(frame, marks.fcp!));
				times.fcp.push(marks.fcp!);
				if (marks.dbReady !== undefined) times.dbReady.push(marks.dbReady);
			}
			await context.close();
		}
		result[name] = { cold, warm };
		log(`first content ${name}: cold ${summarise(cold.firstContent).median} ms`);
	}
	const summariseTimes = (t: LoadTimes) => ({
		firstContent: summarise(t.firstContent),
		fcp: summarise(t.fcp),
		...(t.dbReady.length && { dbReady: summarise(t.dbReady) })
	});
	return Object.fromEntries(
		Object.entries(result).map(([name, { cold, warm }]) => [
			name,
			{ cold: summariseTimes(cold), warm: summariseTimes(warm) }
		])
	);
}

// ---------------------------------------------------------------- bytes

interface Transfer {
	url: string;
	kind: AssetKind;
	transferred: number;
	disk?: { raw: number; gzip: number; brotli: number };
}

/**
 * Every response the page and its workers receive, with a fresh context (empty cache). Playwright's
 * request events include the DuckDB worker's fetches, which a page-level CDP session misses.
 */
async function transfers(browser: Browser, base: string, path: string, firstViewOnly: boolean) {
	const context = await newContext(browser, { blockDuckDb: firstViewOnly });
	const page = await context.newPage();
	const pending: Promise<void>[] = [];
	const finished: Transfer[] = [];
	context.on('requestfinished', (request) => {
		const url = request.url();
		if (!url.startsWith(base)) return;
		pending.push(
			request.sizes().then((sizes) => {
				const pathname = new URL(url).pathname;
				const file = `${BUILD}${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`;
				const disk = existsSync(file) ? sizeOf(file) : undefined;
				finished.push({
					url: pathname,
					kind: kindOf(pathname),
					transferred: sizes.responseBodySize + sizes.responseHeadersSize,
					disk
				});
			})
		);
	});
	await page.goto(base + path);
	if (firstViewOnly) {
		await page.waitForLoadState('networkidle');
	} else {
		await waitForMarks(page, path === '/' ? ['fcp'] : ['dbReady']);
		await page.waitForLoadState('networkidle');
	}
	await page.waitForTimeout(500);
	await Promise.all(pending);
	await context.close();
	const byKind: Record<
		string,
		{ files: number; transferred: number; gzip: number; brotli: number; raw: number }
	> = {};
	for (const t of finished) {
		for (const key of [t.kind, 'total']) {
			const k = (byKind[key] ??= { files: 0, transferred: 0, gzip: 0, brotli: 0, raw: 0 });
			k.files++;
			k.transferred += t.transferred;
			k.raw += t.disk?.raw ?? 0;
			k.gzip += t.disk?.gzip ?? 0;
			k.brotli += t.disk?.brotli ?? 0;
		}
	}
	return { byKind, requests: finished };
}

async function bytes(browser: Browser, base: string) {
	const out: Record<string, unknown> = {};
	for (const [name, path] of [
		['home', '/'],
		['indicator', INDICATOR]
	]) {
		const firstView = await transfers(browser, base, path, true);
		const total = await transfers(browser, base, path, false);
		out[name] = {
			firstView: firstView.byKind,
			firstViewWasm: firstView.requests.filter((r) => r.kind === 'wasm').map((r) => r.url),
			total: total.byKind,
			requests: total.requests.map((r) => ({ url: r.url, transferred: r.transferred, ...r.disk }))
		};
	}
	saveSizeCache();
	return out;
}

// ---------------------------------------------------------------- interactions

async function interactions(browser: Browser, base: string) {
	const indicators = readdirSync(`${BUILD}/indicator`).filter((name) =>
		existsSync(`${BUILD}/indicator/${name}/index.html`)
	);
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.goto(base + INDICATOR);
	await waitForMarks(page, ['dbReady']);
	const plan: { kind: 'year' | 'countries' | 'indicator'; arg: () => Promise<string> }[] = [];
	const countryArgs = ['quick:1', 'box:THA', 'quick:2', 'box:IDN', 'quick:0', 'box:VNM'];
	let indicatorIndex = 0;
	let countryIndex = 0;
	for (let k = 0; k < INTERACTIONS; k++) {
		const slot = k % 10;
		if (slot < 4) {
			plan.push({
				kind: 'year',
				arg: () =>
					page.evaluate(() => {
						const select = document.querySelector<HTMLSelectElement>('#year-select')!;
						const options = [...select.options]
							.map((o) => o.value)
							.filter((v) => v !== select.value);
						return options[Math.floor(Math.random() * Math.min(options.length, 15))];
					})
			});
		} else if (slot < 7) {
			const arg = countryArgs[countryIndex++ % countryArgs.length];
			plan.push({ kind: 'countries', arg: async () => arg });
		} else {
			const next = indicators[(indicatorIndex += 7) % indicators.length];
			plan.push({ kind: 'indicator', arg: async () => `${base}/indicator/${next}/` });
		}
	}
	const timings: Record<string, InteractionTiming[]> = { year: [], countries: [], indicator: [] };
	for (const step of plan) {
		const arg = await step.arg();
		const timing = await page.evaluate(
			([kind, a]) => window.__benchInteract(kind as 'year', a),
			[step.kind, arg]
		);
		timings[step.kind].push(timing);
		if (step.kind === 'indicator') await page.waitForTimeout(50);
	}
	await context.close();
	const all = Object.values(timings).flat();
	const describe = (list: InteractionTiming[]) => ({
		updated: summarise(list.map((t) => t.updated)),
		painted: summarise(list.map((t) => t.painted)),
		unchanged: list.filter((t) => !t.changed).length,
		timedOut: list.filter((t) => t.timedOut).length
	});
	return {
		count: all.length,
		all: describe(all),
		...Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, describe(v)]))
	};
}

// ---------------------------------------------------------------- ingest and memory

function descendants(root: number): number[] {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// the process ended while we looked
		}
	}
	const out: number[] = [];
	const stack = [root];
	while (stack.length) {
		for (const child of children.get(stack.pop()!) ?? []) {
			out.push(child);
			stack.push(child);
		}
	}
	return out;
}

/** RSS of this process's Chromium children, by process type (renderer holds the worker's wasm) */
function chromiumRss(): Record<string, number> {
	const rss: Record<string, number> = {};
	for (const pid of descendants(process.pid)) {
		try {
			const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			if (!cmdline.includes('chrom')) continue;
			const type = /--type=([a-z-]+)/.exec(cmdline)?.[1] ?? 'browser';
			const kb = Number(
				/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0
			);
			rss[type] = (rss[type] ?? 0) + kb * 1024;
			rss.total = (rss.total ?? 0) + kb * 1024;
		} catch {
			// the process ended while we looked
		}
	}
	return rss;
}

interface IngestRun {
	path: 'duckdb' | 'javascript';
	/**
	 * In-page time, no Playwright round trips: file chosen → the whole file read and checked (the
	 * parse worker for small files; the head in the worker, then DuckDB's read_csv for large ones)
	 */
	readMs: number;
	analyseMs: number;
	stageMs: number;
	/** "Import": into `observations` and IndexedDB; null when it failed */
	importMs: number | null;
	importError?: string;
	observations: string;
}

function phaseSpan(phases: { phase: string; at: number }[], from: string, to: string[], after = 0) {
	const start = phases.findIndex((p, k) => k >= after && p.phase === from);
	if (start < 0) return { ms: 0, end: after };
	const end = phases.findIndex((p, k) => k > start && to.includes(p.phase));
	return end < 0 ? { ms: NaN, end: start } : { ms: phases[end].at - phases[start].at, end };
}

async function ingestOnce(
	browser: Browser,
	base: string,
	file: string,
	sampleMemory: boolean
): Promise<{ run: IngestRun; memory?: { jsHeapPeak: number; rssPeak: Record<string, number> } }> {
	const context: BrowserContext = await newContext(browser);
	const page = await context.newPage();
	await page.goto(`${base}/data/`);
	const input = page.locator('section.upload input[type=file]');
	await input.waitFor({ state: 'attached', timeout: 30_000 });
	await waitForMarks(page, ['dbReady']);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	let jsHeapPeak = 0;
	const rssPeak: Record<string, number> = {};
	const sample = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
		jsHeapPeak = Math.max(jsHeapPeak, heap);
		for (const [type, bytes] of Object.entries(chromiumRss())) {
			rssPeak[type] = Math.max(rssPeak[type] ?? 0, bytes);
		}
	};
	const sampler = sampleMemory
		? setInterval(() => void sample().catch(() => undefined), 100)
		: null;
	const section = page.locator('section.upload');
	const timeout = { timeout: 300_000 };
	try {
		await input.setInputFiles(file);
		await page
			.locator('section.upload[data-phase="review"], section.upload[data-phase="refused"]')
			.waitFor(timeout);
		if ((await section.getAttribute('data-phase')) === 'refused') {
			throw new Error(`upload refused: ${await section.innerText()}`);
		}
		const stage = section.locator('.import button:not([data-testid="import"])');
		const usesDuckDb = await stage.isVisible();
		if (usesDuckDb) {
			await stage.click();
			await page.waitForFunction(
				() =>
					document.querySelector('section.upload .failure') ||
					document.querySelector<HTMLButtonElement>('[data-testid="import"]:enabled'),
				undefined,
				timeout
			);
			const failure = section.locator('.failure');
			if (await failure.isVisible())
				throw new Error(`DuckDB load failed: ${await failure.innerText()}`);
		}
		const observations = await section
			.locator('dl, table')
			.first()
			.innerText()
			.catch(() => '');
		await page.getByTestId('import').click();
		await page.waitForFunction(
			() =>
				document.querySelector('[data-testid="imported"]') ||
				document.querySelector('section.upload[data-phase="review"] .failure'),
			undefined,
			timeout
		);
		const importError = (await page.getByTestId('imported').isVisible())
			? undefined
			: await section.locator('.failure').innerText();
		const marks = await page.evaluate(() => window.__bench);
		const phases = marks.uploadPhases ?? [];
		const analyse = phaseSpan(phases, 'reading', ['review', 'refused']);
		const staged = phaseSpan(phases, 'staging', ['review'], analyse.end);
		const imported = phaseSpan(phases, 'importing', ['imported'], staged.end);
		const analyseMs = phases[analyse.end].at - (marks.fileChosen ?? phases[0].at);
		const run: IngestRun = {
			path: usesDuckDb ? 'duckdb' : 'javascript',
			readMs: analyseMs + staged.ms,
			analyseMs,
			stageMs: staged.ms,
			importMs: importError ? null : imported.ms,
			...(importError && { importError }),
			observations: observations.replace(/\s+/g, ' ').slice(0, 200)
		};
		if (sampler) await sample();
		return { run, ...(sampler && { memory: { jsHeapPeak, rssPeak } }) };
	} finally {
		if (sampler) clearInterval(sampler);
		await context.close();
	}
}

async function ingest(browser: Browser, base: string) {
	const out: Record<string, unknown> = {};
	for (const size of INGEST_SIZES) {
		const csv = await tidyCsv(`bench/tmp/tidy-${size}mb.csv`, size * MB);
		log(`ingest ${size} MB (${csv.bytes} bytes)`);
		const runs: IngestRun[] = [];
		let memory: unknown;
		for (let k = 0; k < INGEST_RUNS; k++) {
			const { run, memory: m } = await ingestOnce(browser, base, csv.path, size >= 100 && k === 0);
			runs.push(run);
			if (m) memory = m;
			log(`  browser run ${k + 1}: ${Math.round(run.readMs)} ms (${run.path})`);
		}
		const native1: number[] = [];
		const nativeAll: number[] = [];
		for (let k = 0; k < INGEST_RUNS; k++) {
			native1.push(await nativeLoad(csv.path, 1));
			nativeAll.push(await nativeLoad(csv.path, 'default'));
		}
		const read = summarise(runs.map((r) => r.readMs));
		const imports = runs.flatMap((r) => (r.importMs === null ? [] : [r.importMs]));
		const n1 = summarise(native1);
		const nAll = summarise(nativeAll);
		const mbps = (ms: number) => Math.round((csv.bytes / MB / (ms / 1000)) * 10) / 10;
		out[`${size}MB`] = {
			bytes: csv.bytes,
			path: runs[0].path,
			checkReport: runs[0].observations,
			browser: {
				readMs: read,
				analyseMs: summarise(runs.map((r) => r.analyseMs)),
				stageMs: summarise(runs.map((r) => r.stageMs)),
				importMs: imports.length ? summarise(imports) : null,
				importErrors: [...new Set(runs.flatMap((r) => (r.importError ? [r.importError] : [])))],
				readMbPerSecond: mbps(read.median)
			},
			native: {
				oneThreadMs: n1,
				defaultThreadsMs: nAll,
				oneThreadMbPerSecond: mbps(n1.median),
				defaultThreadsMbPerSecond: mbps(nAll.median)
			},
			readRatioToNativeOneThread: Math.round((read.median / n1.median) * 100) / 100,
			...(memory !== undefined && { memory })
		};
	}
	return out;
}

// ---------------------------------------------------------------- report

function pad(cells: string[], widths: number[]) {
	return cells.map((c, k) => c.padEnd(widths[k])).join('  ');
}

function table(rows: string[][]) {
	const widths = rows[0].map((_, k) => Math.max(...rows.map((r) => (r[k] ?? '').length)));
	return rows.map((r) => pad(r, widths)).join('\n');
}

const ms = (s: Summary | undefined) =>
	s ? `${Math.round(s.median)} / ${Math.round(s.p95)} ms` : '—';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
	if (!existsSync(`${BUILD}/index.html`)) throw new Error('No build/: run `npm run build` first');
	const results: Record<string, unknown> = {
		date: new Date().toISOString(),
		machine: machine(),
		server:
			'bench/server.ts on 127.0.0.1: precompressed .br/.gz siblings when present, else gzip -6 on the fly; immutable caching for _app/immutable'
	};
	log('static sizes (brotli of the wasm takes a while on the first run)');
	results.sizes = buildSizes(BUILD);
	const server = await startStaticServer(BUILD);
	const browser = await launch();
	try {
		if (!SKIP.has('load')) results.firstChart = await firstChart(browser, server.url);
		if (!SKIP.has('bytes')) results.bytes = await bytes(browser, server.url);
		if (!SKIP.has('interactions')) {
			log(`${INTERACTIONS} interactions`);
			results.interactions = await interactions(browser, server.url);
		}
		if (!SKIP.has('ingest')) {
			try {
				results.ingest = await ingest(browser, server.url);
			} catch (error) {
				results.ingest = { skipped: error instanceof Error ? error.message : String(error) };
			}
		}
	} finally {
		await browser.close();
		await server.close();
	}
	(results.machine as { loadAverageAfter?: number[] }).loadAverageAfter = loadavg().map(
		(l) => Math.round(l * 100) / 100
	);
	results.targets = targets(results);
	writeFileSync('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
	console.log(report(results));
}

type Loads = Record<string, Record<string, Record<string, Summary>>>;
type Bytes = Record<
	string,
	{
		firstView: Record<string, { transferred: number; gzip: number; brotli: number; raw: number }>;
		total: Record<string, { transferred: number; gzip: number; brotli: number; raw: number }>;
	}
>;

function targets(results: Record<string, unknown>) {
	const out: { target: string; measured: string; met: boolean | null }[] = [];
	const loads = results.firstChart as Loads | undefined;
	if (loads) {
		const cold = loads.indicator.cold.firstContent.median;
		out.push({
			target: 'first chart ≤ 400 ms cold (indicator page, median)',
			measured: `${Math.round(cold)} ms`,
			met: cold <= 400
		});
	}
	const inter = results.interactions as { all: { painted: Summary } } | undefined;
	if (inter) {
		const p95 = inter.all.painted.p95;
		out.push({
			target: 'interaction p95 ≤ 50 ms (dispatch → chart painted)',
			measured: `${Math.round(p95)} ms`,
			met: p95 <= 50
		});
	}
	const ingest = results.ingest as
		Record<string, { readRatioToNativeOneThread: number }> | undefined;
	const large = ingest?.['100MB'];
	out.push({
		target: '100 MB ingest within 2× native DuckDB (1 thread)',
		measured: large
			? `${large.readRatioToNativeOneThread}× (file chosen → read and checked)`
			: 'not measured',
		met: large ? large.readRatioToNativeOneThread <= 2 : null
	});
	const bytes = results.bytes as Bytes | undefined;
	if (bytes) {
		const worst = Math.max(...Object.values(bytes).map((b) => b.firstView.total.transferred));
		out.push({
			target: 'first view ≤ 250 KB compressed, wasm excluded (transferred, gzip)',
			measured: kb(worst),
			met: worst <= 250 * 1024
		});
	}
	return out;
}

function report(results: Record<string, unknown>): string {
	const lines: string[] = [];
	const m = results.machine as ReturnType<typeof machine> & { loadAverageAfter: number[] };
	lines.push(
		`Machine: ${m.nproc} × ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}, ${m.chromium}; load ${m.loadAverage.join(' ')} → ${m.loadAverageAfter.join(' ')}`
	);
	lines.push('Figures: median / p95');
	const loads = results.firstChart as Loads | undefined;
	if (loads) {
		const rows = [
			[
				'page',
				'cold first content',
				'warm first content',
				'cold FCP',
				'cold DuckDB ready',
				'warm DuckDB ready'
			]
		];
		for (const [name, l] of Object.entries(loads)) {
			rows.push([
				name,
				ms(l.cold.firstContent),
				ms(l.warm.firstContent),
				ms(l.cold.fcp),
				ms(l.cold.dbReady),
				ms(l.warm.dbReady)
			]);
		}
		lines.push('', table(rows));
	}
	const inter = results.interactions as
		| (Record<
				string,
				{ updated: Summary; painted: Summary; unchanged: number; timedOut: number }
		  > & { count: number })
		| undefined;
	if (inter) {
		const rows = [['interaction', 'n', 'updated', 'painted', 'unchanged', 'timed out']];
		for (const kind of ['all', 'year', 'countries', 'indicator']) {
			const i = inter[kind];
			rows.push([
				kind,
				String(i.updated.n),
				ms(i.updated),
				ms(i.painted),
				String(i.unchanged),
				String(i.timedOut)
			]);
		}
		lines.push('', table(rows));
	}
	const ingest = results.ingest as
		Record<string, Record<string, never>> | { skipped: string } | undefined;
	if (ingest && 'skipped' in ingest) lines.push('', `ingest skipped: ${ingest.skipped}`);
	else if (ingest) {
		const rows = [
			[
				'ingest',
				'path',
				'read+check',
				'MB/s',
				'of which DuckDB',
				'import',
				'native 1 thread',
				'native all threads',
				'ratio'
			]
		];
		for (const [size, r] of Object.entries(ingest) as [string, Record<string, never>][]) {
			const b = r.browser as {
				readMs: Summary;
				stageMs: Summary;
				importMs: Summary | null;
				importErrors: string[];
				readMbPerSecond: number;
			};
			const n = r.native as {
				oneThreadMs: Summary;
				defaultThreadsMs: Summary;
				oneThreadMbPerSecond: number;
				defaultThreadsMbPerSecond: number;
			};
			rows.push([
				size,
				r.path,
				ms(b.readMs),
				String(b.readMbPerSecond),
				r.path === 'duckdb' ? ms(b.stageMs) : '—',
				b.importMs ? ms(b.importMs) : 'failed',
				`${ms(n.oneThreadMs)} (${n.oneThreadMbPerSecond} MB/s)`,
				`${ms(n.defaultThreadsMs)} (${n.defaultThreadsMbPerSecond} MB/s)`,
				`${r.readRatioToNativeOneThread}×`
			]);
		}
		const errors = new Set(
			Object.values(ingest).flatMap((r) => (r.browser as { importErrors: string[] }).importErrors)
		);
		for (const error of errors) rows.push(['import error:', error.slice(0, 160)]);
		lines.push('', table(rows));
		const mem = (
			ingest as Record<string, { memory?: { jsHeapPeak: number; rssPeak: Record<string, number> } }>
		)['100MB']?.memory;
		if (mem) {
			const mb = (n: number | undefined) => `${Math.round((n ?? 0) / 2 ** 20)} MB`;
			lines.push(
				`100 MB ingest peak memory: JS heap ${mb(mem.jsHeapPeak)} (main thread only), renderer RSS ${mb(mem.rssPeak.renderer)} (incl. worker + wasm), all Chromium RSS ${mb(mem.rssPeak.total)}`
			);
		}
	}
	const bytes = results.bytes as Bytes | undefined;
	if (bytes) {
		const rows = [
			[
				'bytes',
				'first view transferred',
				'first view gzip-9',
				'first view brotli',
				'total transferred',
				'total brotli'
			]
		];
		for (const [name, b] of Object.entries(bytes)) {
			rows.push([
				name,
				kb(b.firstView.total.transferred),
				kb(b.firstView.total.gzip),
				kb(b.firstView.total.brotli),
				kb(b.total.total.transferred),
				kb(b.total.total.brotli)
			]);
		}
		lines.push('', table(rows));
	}
	const sizes = results.sizes as Record<
		string,
		{ files: number; raw: number; gzip: number; brotli: number }
	>;
	const rows = [['build/', 'files', 'raw', 'gzip', 'brotli']];
	for (const [kind, s] of Object.entries(sizes))
		rows.push([kind, String(s.files), kb(s.raw), kb(s.gzip), kb(s.brotli)]);
	lines.push('', table(rows));
	lines.push(
		'',
		table([
			['target', 'measured', 'met'],
			...(results.targets as { target: string; measured: string; met: boolean | null }[]).map(
				(t) => [t.target, t.measured, t.met === null ? '—' : t.met ? 'pass' : 'MISS']
			)
		])
	);
	return lines.join('\n');
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
