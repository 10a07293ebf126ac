/**
 * Reading a Chromium trace and a CPU profile for bench/profile.ts: main-thread self time by
 * activity, JavaScript self time by script chunk (named by what the chunk holds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { BUILD } from './browser';

const ACTIVITY: [RegExp, string][] = [
	[/^(CpuProfiler|Tracing)/, 'profiler overhead'],
	[/^HandlePostMessage$/, 'worker message delivery (structured clone)'],
	[
		/^(MinorGC|MajorGC|V8\.GC|BlinkGC|GCEvent|MarkCompact|Evacuat|Major |Minor |Parallel scavenge|Scavenge|LiveObjectVisitor|RememberedSet)/,
		'garbage collection'
	],
	[/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|InvalidateLayout)/, 'style'],
	[/^(Layout|UpdateLayerTree|HitTest)$/, 'layout'],
	[
		/^(Paint|PrePaint|Layerize|Commit|CompositeLayers|PaintImage|UpdateLayer|Decode)/,
		'paint & composite'
	],
	[/^(v8\.compile|V8\.Compile|CompileScript|v8\.parseOnBackground|CompileCode)/, 'script compile'],
	[
		/^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch|V8\.Execute|v8\.callFunction|v8\.run|RunMicrotasks|XHRReadyStateChange|ParseHTML|v8\.evaluateModule)/,
		'script'
	]
];

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string };
}

/** Self time (ms) of complete events on the page's renderer main thread, by activity */
export const unclassified = new Map<string, number>();

export function mainThreadActivity(json: Buffer): Record<string, number> {
	const events = (JSON.parse(json.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
	const mains = events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
	const counts = new Map<string, number>();
	for (const e of events) {
		if (e.ph !== 'X') continue;
		const key = `${e.pid}:${e.tid}`;
		if (mains.some((m) => `${m.pid}:${m.tid}` === key)) counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
	const list = events
		.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.dur !== undefined)
		.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const out: Record<string, number> = {};
	const stack: { end: number; category: string; self: number }[] = [];
	const close = (until: number) => {
		while (stack.length && stack.at(-1)!.end <= until) {
			const done = stack.pop()!;
			out[done.category] = (out[done.category] ?? 0) + done.self / 1000;
		}
	};
	for (const e of list) {
		close(e.ts);
		const parent = stack.at(-1);
		if (parent) parent.self -= e.dur!;
		const category = ACTIVITY.find(([re]) => re.test(e.name))?.[1] ?? 'other (task overhead)';
		if (!ACTIVITY.some(([re]) => re.test(e.name)))
			unclassified.set(e.name, (unclassified.get(e.name) ?? 0) + e.dur!);
		// Unclassified events inside a script event are script (e.g. v8 internals).
		const inherited = category.startsWith('other') && parent ? parent.category : category;
		stack.push({ end: e.ts + e.dur!, category: inherited, self: e.dur! });
	}
	close(Infinity);
	return out;
}

function labelScript(url: string): string {
	if (!url) return '(native / program / idle)';
	const path = new URL(url, 'http://x').pathname;
	const file = `${BUILD}${path}`;
	const name = path.split('/').pop() ?? path;
	if (!existsSync(file)) return name;
	const text = readFileSync(file, 'utf8');
	const kinds: [string, string][] = [
		['INSERT_ARROW_FROM_IPC_STREAM', 'duckdb-wasm client'],
		['RecordBatch', 'apache-arrow'],
		['svelte.dev/e/', 'Svelte runtime'],
		['sveltekit-internal://', 'SvelteKit client'],
		['tickFormat', 'd3'],
		['"nav.mydata"', 'i18n messages + formatting'],
		['year-select', 'indicator page + chart components'],
		['aria-busy', 'chart components']
	];
	const kind = kinds.find(([marker]) => text.includes(marker))?.[1];
	if (kind) return `${name} (${kind})`;
	if (path.includes('/nodes/')) return `${name} (route component)`;
	return `${name} (app chunk)`;
}

export interface CpuProfile {
	nodes: { id: number; callFrame: { url: string; functionName: string } }[];
	samples: number[];
	timeDeltas: number[];
}

export function selfByScript(profile: CpuProfile): Record<string, number> {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const out: Record<string, number> = {};
	profile.samples.forEach((id, k) => {
		const node = byId.get(id)!;
		const fn = node.callFrame.functionName;
		const label =
			fn === '(idle)' || fn === '(program)' || fn === '(garbage collector)'
				? fn
				: labelScript(node.callFrame.url);
		out[label] = (out[label] ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000;
	});
	return out;
}
