/**
 * Where the time goes (the lead's input for the performance work; not part of `npm run bench`):
 * 1. DuckDB start on the indicator page against the bare DuckDB page, cold contexts, alternated:
 *    every page ↔ worker message, the idle callback, the network, as segments from navigation.
 * 2. Interactions: per kind, input → first query sent → last answer → painted (worker round trips
 *    from the message trace), the main thread's self time by activity (Chromium trace), and the
 *    JavaScript self time by script (CPU profile), per interaction.
 * Run after a build: npx tsx bench/profile.ts (BENCH_RUNS=3, BENCH_INTERACTIONS=10 per kind).
 * Writes bench/tmp/profile.json. Figures on a busy machine: read them as shares and ratios.
 */
import type { Browser, Page, Request } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BUILD, INDICATOR, launch, log, newContext, waitForMarks } from './browser';
import type { InteractionKind } from './probes';
import { BARE_DUCKDB, buildReferences, REFERENCE_PREFIX } from './references';
import { startStaticServer } from './server';
import { summarise } from './stats';
import { installStartTrace, type StartTrace, type WorkerMessage } from './trace-probes';
import { mainThreadActivity, selfByScript, unclassified, type CpuProfile } from './trace-analysis';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PER_KIND = Number(process.env.BENCH_INTERACTIONS ?? 10);

interface Net {
	path: string;
	start: number;
	end: number;
}

async function tracedContext(browser: Browser) {
	const context = await newContext(browser);
	await context.addInitScript(installStartTrace);
	const requests: Request[] = [];
	context.on('requestfinished', (r) => void requests.push(r));
	return { context, requests };
}

async function network(page: Page, requests: Request[]): Promise<Net[]> {
	const origin = await page.evaluate(() => performance.timeOrigin);
	return requests.map((r) => {
		const t = r.timing();
		const start = t.startTime - origin;
		return { path: new URL(r.url()).pathname, start, end: start + Math.max(t.responseEnd, 0) };
	});
}

const find = (messages: WorkerMessage[], type: string, after = -Infinity) =>
	messages.find((m) => m.type === type && m.sent >= after);

/** Named segments of one start, in ms (start and length) */
function segments(trace: StartTrace, net: Net[], fcp: number, ready: number, site: boolean) {
	const m = trace.messages;
	const worker = trace.workers[0]?.created ?? NaN;
	const instantiate = find(m, 'INSTANTIATE');
	const open = find(m, 'OPEN');
	const wasm = net.find((n) => /duckdb-(eh|mvp)\.[^/]*\.wasm$/.test(n.path));
	const workerScript = net.find((n) => /duckdb-browser-(eh|mvp)\.worker/.test(n.path));
	const out: Record<string, number> = {
		'navigation → first contentful paint': fcp,
		'navigation → DuckDB worker created': worker,
		'worker script fetch (start → end)': workerScript ? workerScript.end - workerScript.start : NaN,
		'wasm fetch (start → end, streamed into compile)': wasm ? wasm.end - wasm.start : NaN,
		'wasm fetch started at': wasm?.start ?? NaN,
		'INSTANTIATE (posted → answered: wasm fetch + compile)':
			(instantiate?.answered ?? NaN) - (instantiate?.sent ?? NaN),
		'OPEN (posted → answered)': (open?.answered ?? NaN) - (open?.sent ?? NaN)
	};
	if (site) {
		const fired = trace.idleFired.filter((t) => t <= worker).at(-1) ?? NaN;
		const requested = trace.idleRequested.filter((t) => t <= fired).at(-1) ?? NaN;
		out['navigation → idle callback requested (component mounted)'] = requested;
		out['idle callback requested → fired'] = fired - requested;
		out['idle fired → worker created (db chunk import, selectBundle)'] = worker - fired;
		const afterOpen = open?.answered ?? NaN;
		const firstConnect = find(m, 'CONNECT', afterOpen);
		const arrow = net.find((n) => n.path.endsWith('/observations.arrow'));
		const countries = net.find((n) => n.path.endsWith('/countries.json'));
		out['dataset fetch after OPEN (OPEN answered → CONNECT posted)'] =
			(firstConnect?.sent ?? NaN) - afterOpen;
		out['observations.arrow fetch (start → end)'] = arrow ? arrow.end - arrow.start : NaN;
		out['countries.json fetch (start → end)'] = countries ? countries.end - countries.start : NaN;
		const insert = find(m, 'INSERT_ARROW_FROM_IPC_STREAM', afterOpen);
		out['settings + schema (CONNECT → Arrow insert posted)'] =
			(insert?.sent ?? NaN) - (firstConnect?.sent ?? NaN);
		out['Arrow insert (posted → answered)'] = (insert?.answered ?? NaN) - (insert?.sent ?? NaN);
		const disconnect = find(m, 'DISCONNECT', insert?.sent ?? Infinity);
		out['countries insert (Arrow answered → DISCONNECT answered)'] =
			(disconnect?.answered ?? NaN) - (insert?.answered ?? NaN);
		const last = m.filter((x) => x.answered !== undefined && x.answered <= ready).at(-1);
		out['upload restore (DISCONNECT answered → last answer before ready)'] =
			(last?.answered ?? NaN) - (disconnect?.answered ?? NaN);
		out['IndexedDB opens before ready'] = trace.indexedDbOpened.filter((t) => t <= ready).length;
		out['worker messages before ready'] = m.filter((x) => x.sent <= ready).length;
		out['last answer → ready marker shown'] = ready - (last?.answered ?? NaN);
	} else {
		const query = find(m, 'CONNECT', open?.answered ?? Infinity);
		const last = m.filter((x) => x.answered !== undefined && x.answered <= ready).at(-1);
		out['SELECT 1 (CONNECT posted → last answer)'] = (last?.answered ?? NaN) - (query?.sent ?? NaN);
		out['last answer → ready marker shown'] = ready - (last?.answered ?? NaN);
	}
	out['navigation → DuckDB ready'] = ready;
	return out;
}

async function startBreakdown(browser: Browser, base: string) {
	const pages = { indicator: INDICATOR, bareDuckDb: BARE_DUCKDB };
	const runs: Record<string, Record<string, number>[]> = { indicator: [], bareDuckDb: [] };
	for (let run = 0; run < RUNS; run++) {
		const order =
			run % 2 ? (['bareDuckDb', 'indicator'] as const) : (['indicator', 'bareDuckDb'] as const);
		for (const name of order) {
			const { context, requests } = await tracedContext(browser);
			const page = await context.newPage();
			await page.goto(base + pages[name]);
			const marks = await waitForMarks(page, ['fcp', 'dbReady'], 60_000);
			await page.waitForTimeout(300);
			const trace = await page.evaluate(() => window.__trace);
			const net = await network(page, requests);
			runs[name].push(segments(trace, net, marks.fcp!, marks.dbReady!, name === 'indicator'));
			await context.close();
		}
		log(`start breakdown: run ${run + 1}/${RUNS}`);
	}
	return Object.fromEntries(
		Object.entries(runs).map(([name, list]) => [
			name,
			Object.fromEntries(
				Object.keys(list[0]).map((k) => [k, summarise(list.map((r) => r[k])).median])
			)
		])
	);
}

// ------------------------------------------------------------ interactions

const per = (values: Record<string, number>, n: number) =>
	Object.fromEntries(
		Object.entries(values)
			.map(([k, v]) => [k, Math.round((v / n) * 10) / 10] as const)
			.sort((a, b) => b[1] - a[1])
	);

async function interactionBreakdown(browser: Browser, base: string) {
	const { context, requests } = await tracedContext(browser);
	const page = await context.newPage();
	await page.goto(base + INDICATOR);
	await waitForMarks(page, ['dbReady'], 60_000);
	await page.waitForTimeout(500);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	const catalog = JSON.parse(readFileSync(`${BUILD}/data/catalog.json`, 'utf8')) as {
		id: string;
		sexes: string[];
	}[];
	const others = catalog.filter((i) => i.sexes.length > 1 && `/indicator/${i.id}/` !== INDICATOR);
	const counters: Record<string, number> = {};
	const pass = async (kind: InteractionKind) => {
		const phases: Record<string, number[]> = {
			'input → first query posted': [],
			'first query posted → last answer (DuckDB incl. round trips)': [],
			'last answer → DOM updated': [],
			'DOM updated → painted (next frame)': [],
			'input → painted': [],
			'worker messages': [],
			'sum of worker round trips': []
		};
		const types: Record<string, number> = {};
		const requestsBefore = requests.length;
		for (let k = 0; k < PER_KIND; k++) {
			const n = (counters[kind] = (counters[kind] ?? 0) + 1);
			const arg =
				kind === 'year'
					? await page.evaluate(() => {
							const s = document.querySelector<HTMLSelectElement>('#year-select')!;
							const o = [...s.options].map((x) => x.value).filter((v) => v !== s.value);
							return o[Math.floor(Math.random() * Math.min(o.length, 15))];
						})
					: kind === 'countries'
						? ['quick:1', 'box:THA', 'quick:2', 'box:IDN', 'quick:0', 'box:VNM'][n % 6]
						: kind === 'sex'
							? String(n)
							: `${base}/indicator/${others[n % others.length].id}/`;
			const r = await page.evaluate(
				async ([kd, a]) => {
					const before = window.__trace.messages.length;
					const started = performance.now();
					const timing = await window.__benchInteract(kd, a);
					const msgs = window.__trace.messages.slice(before);
					return { started, timing, msgs };
				},
				[kind, arg] as const
			);
			const msgs = r.msgs.filter((x) => x.sent >= r.started);
			for (const m of msgs) types[m.type] = (types[m.type] ?? 0) + 1 / PER_KIND;
			const first = msgs[0]?.sent;
			const last = Math.max(...msgs.map((x) => x.answered ?? x.sent));
			const rel = (t: number | undefined) => (t === undefined ? NaN : t - r.started);
			phases['input → first query posted'].push(rel(first));
			phases['first query posted → last answer (DuckDB incl. round trips)'].push(
				msgs.length ? last - first! : 0
			);
			phases['last answer → DOM updated'].push(
				msgs.length ? r.timing.updated - rel(last) : r.timing.updated
			);
			phases['DOM updated → painted (next frame)'].push(r.timing.painted - r.timing.updated);
			phases['input → painted'].push(r.timing.painted);
			phases['worker messages'].push(msgs.length);
			phases['sum of worker round trips'].push(
				msgs.reduce((sum, x) => sum + ((x.answered ?? x.sent) - x.sent), 0)
			);
			if (kind === 'indicator') await page.waitForTimeout(50);
		}
		return {
			medians: Object.fromEntries(
				Object.entries(phases).map(([k, v]) => [k, summarise(v.filter(Number.isFinite)).median])
			),
			workerMessagesPerInteraction: per(types, 1),
			// Client-side navigations and `goto` may fetch page data: every request, by path pattern
			requestsPerInteraction: per(
				requests
					.slice(requestsBefore)
					.map((r) => new URL(r.url()).pathname.replace(/\/indicator\/[^/]+\//, '/indicator/*/'))
					.reduce<Record<string, number>>(
						(acc, path) => ((acc[path] = (acc[path] ?? 0) + 1), acc),
						{}
					),
				PER_KIND
			)
		};
	};
	const out: Record<string, unknown> = {};
	for (const kind of ['year', 'countries', 'sex', 'indicator'] as InteractionKind[]) {
		// Timed without tracing or profiling (both slow the page), then the same again under both;
		// a first pass warms the JIT and the caches so that neither timed pass pays for it.
		await pass(kind);
		const clean = await pass(kind);
		await browser.startTracing(page, {
			categories: ['devtools.timeline', 'v8', 'disabled-by-default-v8.gc']
		});
		await cdp.send('Profiler.start');
		const underProfiler = await pass(kind);
		const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
		const traced = await browser.stopTracing();
		out[kind] = {
			...clean,
			underProfilerInputToPainted: underProfiler.medians['input → painted'],
			mainThreadSelfMsPerInteraction: per(mainThreadActivity(traced), PER_KIND),
			jsSelfMsPerInteractionByScript: per(selfByScript(profile), PER_KIND)
		};
		log(`interaction breakdown: ${kind}`);
	}
	await context.close();
	return out;
}

async function main() {
	if (!existsSync(`${BUILD}/index.html`)) throw new Error('No build/: run `npm run build` first');
	const refs = await buildReferences(BUILD);
	const server = await startStaticServer(BUILD, 0, { [REFERENCE_PREFIX]: refs });
	const browser = await launch();
	try {
		const result = {
			date: new Date().toISOString(),
			runs: RUNS,
			perKind: PER_KIND,
			start: await startBreakdown(browser, server.url),
			interactions: await interactionBreakdown(browser, server.url)
		};
		mkdirSync('bench/tmp', { recursive: true });
		writeFileSync('bench/tmp/profile.json', `${JSON.stringify(result, null, '\t')}\n`);
		console.log(JSON.stringify(result, null, 2));
		if (process.env.BENCH_DEBUG)
			console.log([...unclassified].sort((a, b) => b[1] - a[1]).slice(0, 25));
	} finally {
		await browser.close();
		await server.close();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
