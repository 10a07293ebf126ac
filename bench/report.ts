/** The console table of one run of `npm run bench` (results as written to bench/results.json). */
import type { IngestSize } from './ingest';
import type { Loads } from './loads';
import type { Summary } from './stats';
import type { Target } from './targets';

interface Machine {
	nproc: number;
	cpu: string;
	memoryGB: number;
	node: string;
	chromium: string;
	loadAverage: number[];
	loadAverageAfter: number[];
}

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

export function report(results: Record<string, unknown>): string {
	const lines: string[] = [];
	const m = results.machine as Machine;
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
				ms(l.warm?.firstContent),
				ms(l.cold.fcp),
				ms(l.cold.dbReady),
				ms(l.warm?.dbReady)
			]);
		}
		lines.push('', table(rows));
		const paired = loads.indicator?.pairedRatios;
		if (paired) {
			lines.push(
				`run-by-run ratios (median / p95): first chart ÷ blank FCP ${paired.firstChartToBlankFcp.median} / ${paired.firstChartToBlankFcp.p95}; ` +
					`FCP ÷ blank FCP ${paired.fcpToBlankFcp.median} / ${paired.fcpToBlankFcp.p95}; ` +
					`DuckDB ready ÷ bare DuckDB ${paired.dbReadyToBareDuckDb.median} / ${paired.dbReadyToBareDuckDb.p95}`
			);
		}
	}
	const inter = results.interactions as
		| (Record<
				string,
				{ updated: Summary; painted: Summary; unchanged: number; timedOut: number }
		  > & {
				skipped?: string;
		  })
		| undefined;
	if (inter?.skipped) lines.push('', `interactions failed: ${inter.skipped}`);
	else if (inter) {
		const rows = [['interaction', 'n', 'updated', 'painted', 'unchanged', 'timed out']];
		for (const kind of ['all', 'year', 'countries', 'sex', 'indicator']) {
			const i = inter[kind];
			if (!i) continue;
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
	const ingest = results.ingest as Record<string, IngestSize> | { skipped: string } | undefined;
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
				'read+check+import',
				'native 1 thread',
				'native all threads',
				'DuckDB-WASM read_csv',
				'ratio (total / native 1)',
				'ratio (total / DuckDB-WASM)'
			]
		];
		for (const [size, r] of Object.entries(ingest)) {
			const b = r.browser;
			const n = r.native;
			rows.push([
				size,
				r.path,
				ms(b.readMs),
				String(b.readMbPerSecond),
				r.path === 'duckdb' ? ms(b.stageMs) : '—',
				b.importMs ? ms(b.importMs) : 'failed',
				ms(b.totalMs ?? undefined),
				`${ms(n.oneThreadMs)} (${n.oneThreadMbPerSecond} MB/s)`,
				`${ms(n.defaultThreadsMs)} (${n.defaultThreadsMbPerSecond} MB/s)`,
				r.wasmReadCsv
					? `${ms(r.wasmReadCsv.totalMs)} (${r.wasmReadCsv.ratioToNativeOneThread}× native 1)`
					: '—',
				r.totalRatioToNativeOneThread === null ? '—' : `${r.totalRatioToNativeOneThread}×`,
				r.totalRatioToWasmReadCsv === null ? '—' : `${r.totalRatioToWasmReadCsv}×`
			]);
		}
		const errors = new Set(Object.values(ingest).flatMap((r) => r.browser.importErrors));
		for (const error of errors) rows.push(['import error:', error.slice(0, 160)]);
		lines.push('', table(rows));
		for (const [size, r] of Object.entries(ingest)) {
			const mb = (n: number | undefined) => `${Math.round((n ?? 0) / 2 ** 20)} MB`;
			if (r.memory) {
				lines.push(
					`${size} upload peak memory: all Chromium PSS ${mb(r.memory.pss.total)} (RSS ${mb(r.memory.rss.total)}), renderer PSS ${mb(r.memory.pss.renderer)} (incl. worker + wasm), JS heap ${mb(r.memory.jsHeap)} (main thread only)`
				);
			}
			const after = r.profile?.memoryWithUpload;
			if (after) {
				lines.push(
					`${size} then ${r.profile!.page}: peak memory all Chromium PSS ${mb(after.pss.total)} (RSS ${mb(after.rss.total)})`
				);
			}
			for (const a of r.afterImport ?? []) {
				lines.push(
					`${size} then ${a.page}: complete ${ms(a.withUpload.completeMs)} (longest task ${ms(a.withUpload.longestTaskMs)}, ${a.withUpload.timedOut} timed out) vs without uploads ${ms(a.without.completeMs)}: ${a.ratio}× (÷ first paint without: ${a.firstPaintRatio}×)`
				);
			}
			if (r.delete) {
				lines.push(
					`${size} delete on My data: list ${ms(r.delete.listedMs)}, engine ${ms(r.delete.engineMs)}`
				);
			}
			if (r.profile) {
				const p = r.profile;
				lines.push(
					`${size} then ${p.page}: complete ${ms(p.withUpload.completeMs)} (longest task ${ms(p.withUpload.longestTaskMs)}, ${p.withUpload.timedOut} timed out) vs without uploads ${ms(p.without.completeMs)} (longest task ${ms(p.without.longestTaskMs)}): ${p.ratio}×`
				);
			}
		}
	}
	const bytesResult = results.bytes as Bytes | undefined;
	if (bytesResult) {
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
		for (const [name, b] of Object.entries(bytesResult)) {
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
			['target', 'measured', 'reference (same run)', 'ratio', 'target', 'met'],
			...(results.targets as Target[]).map((t) => [
				t.what,
				t.measured,
				t.reference,
				t.ratio === null ? '—' : `${t.ratio}×`,
				t.target,
				t.target === 'context' ? '' : t.met === null ? '—' : t.met ? 'pass' : 'MISS'
			])
		])
	);
	return lines.join('\n');
}

type Bytes = Record<
	string,
	{
		firstView: Record<string, { transferred: number; gzip: number; brotli: number; raw: number }>;
		total: Record<string, { transferred: number; gzip: number; brotli: number; raw: number }>;
	}
>;
