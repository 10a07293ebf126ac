/** Memory of the Chromium processes this bench started, read from /proc (Linux only). */
import { readdirSync, readFileSync } from 'node:fs';

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

const kbField = (text: string, field: string) =>
	Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) * 1024;

/**
 * Bytes per Chromium process type (the renderer holds the DuckDB worker and its wasm memory), as
 * RSS and as PSS: RSS counts shared pages once per process, PSS splits them, so the PSS total is
 * the browser's real footprint and the figure held against the 2 GB target.
 */
export function chromiumMemory(): { rss: Record<string, number>; pss: Record<string, number> } {
	const rss: Record<string, number> = {};
	const pss: Record<string, number> = {};
	const add = (into: Record<string, number>, type: string, bytes: number) => {
		into[type] = (into[type] ?? 0) + bytes;
		into.total = (into.total ?? 0) + bytes;
	};
	for (const pid of descendants(process.pid)) {
		try {
			const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			if (!cmdline.includes('chrom')) continue;
			const type = /--type=([a-z-]+)/.exec(cmdline)?.[1] ?? 'browser';
			add(rss, type, kbField(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS'));
			add(pss, type, kbField(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss'));
		} catch {
			// the process ended while we looked
		}
	}
	return { rss, pss };
}

/** Samples every `everyMs` until stopped; keeps the peak of each figure */
export function memorySampler(everyMs = 200, extra?: () => Promise<number>) {
	const peak = { rss: {} as Record<string, number>, pss: {} as Record<string, number>, jsHeap: 0 };
	const sample = async () => {
		const { rss, pss } = chromiumMemory();
		for (const [k, v] of Object.entries(rss)) peak.rss[k] = Math.max(peak.rss[k] ?? 0, v);
		for (const [k, v] of Object.entries(pss)) peak.pss[k] = Math.max(peak.pss[k] ?? 0, v);
		if (extra) peak.jsHeap = Math.max(peak.jsHeap, await extra().catch(() => 0));
	};
	const timer = setInterval(() => void sample(), everyMs);
	return {
		async stop() {
			clearInterval(timer);
			await sample();
			return peak;
		}
	};
}

export type MemoryPeak = Awaited<ReturnType<ReturnType<typeof memorySampler>['stop']>>;
