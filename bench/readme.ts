/**
 * Writes the README's Performance figures from bench/results.json (or the file given), between
 * the `<!-- bench:results -->` markers, so the table always shows one run exactly as measured.
 * Run: npx tsx bench/readme.ts [results.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { IngestSize } from './ingest';
import type { Interactions } from './interactions';
import type { Loads } from './loads';
import type { Summary } from './stats';
import { targetsMarkdown, type Target } from './targets';

const START = '<!-- bench:results -->';
const END = '<!-- /bench:results -->';

interface Stored {
	date: string;
	machine: {
		nproc: number;
		cpu: string;
		memoryGB: number;
		node: string;
		chromium: string;
		commit: string;
		uncommittedFiles: number;
		loadAverage: number[];
		loadAverageAfter: number[];
	};
	runs?: {
		pageLoads: number;
		interactions: number;
		ingest: number;
		ingestSizesMB: number[];
		ingestWide?: { sizeMB: number; runs: number } | null;
	};
	firstChart?: Loads;
	interactions?: Interactions | { skipped: string };
	ingest?: Record<string, IngestSize> | { skipped: string };
	targets: Target[];
}

const ms = (s: Summary | undefined | null) =>
	s && Number.isFinite(s.median)
		? `${Math.round(s.median).toLocaleString('en')} / ${Math.round(s.p95).toLocaleString('en')} ms`
		: '—';

function markdownTable(rows: string[][]): string {
	const line = (r: string[]) => `| ${r.join(' | ')} |`;
	return [line(rows[0]), line(rows[0].map(() => '---')), ...rows.slice(1).map(line)].join('\n');
}

function details(r: Stored): string {
	const rows = [['what', 'median / p95']];
	const loads = r.firstChart;
	if (loads) {
		const n = loads.indicator?.cold.fcp?.n ?? 0;
		rows.push([`blank reference page, FCP, cold (${n} runs)`, ms(loads.blank?.cold.fcp)]);
		rows.push([
			'`/indicator/life-expectancy/`: first chart painted, cold / warm',
			`${ms(loads.indicator?.cold.firstContent)}; ${ms(loads.indicator?.warm?.firstContent)}`
		]);
		rows.push([
			'home: first card painted, cold / warm',
			`${ms(loads.home?.cold.firstContent)}; ${ms(loads.home?.warm?.firstContent)}`
		]);
		rows.push([
			'bare DuckDB reference page: `SELECT 1` answered, cold',
			ms(loads.bareDuckDb?.cold.dbReady)
		]);
		rows.push([
			'indicator page: DuckDB ready, cold / warm',
			`${ms(loads.indicator?.cold.dbReady)}; ${ms(loads.indicator?.warm?.dbReady)}`
		]);
		const p = loads.indicator?.pairedRatios;
		if (p) {
			rows.push([
				'run-by-run ratios: first chart ÷ blank FCP; DuckDB ready ÷ bare DuckDB',
				`${p.firstChartToBlankFcp.median}× / ${p.firstChartToBlankFcp.p95}×; ${p.dbReadyToBareDuckDb.median}× / ${p.dbReadyToBareDuckDb.p95}×`
			]);
		}
	}
	const inter = r.interactions && !('skipped' in r.interactions) ? r.interactions : undefined;
	if (inter) {
		for (const kind of ['all', 'year', 'countries', 'sex', 'indicator'] as const) {
			const i = inter[kind];
			if (i)
				rows.push([`interaction, ${kind} (${i.painted.n}): input → chart painted`, ms(i.painted)]);
		}
	}
	const ingest = r.ingest && !('skipped' in r.ingest) ? r.ingest : undefined;
	for (const [size, s] of Object.entries(ingest ?? {})) {
		rows.push([
			`upload ${size.replace('MB', ' MB')} (${s.path} path): read + check; import; total; longest main-thread task during it`,
			`${ms(s.browser.readMs)}; ${ms(s.browser.importMs)}; ${ms(s.browser.totalMs)}; ${s.browser.longestTaskMs ? ms(s.browser.longestTaskMs) : '—'}`
		]);
		rows.push([
			`native DuckDB \`read_csv\` of the same ${size.replace('MB', ' MB')}, 1 thread / all threads`,
			`${ms(s.native.oneThreadMs)}; ${ms(s.native.defaultThreadsMs)}`
		]);
		if (s.wasmReadCsv) {
			rows.push([
				`DuckDB-WASM's own \`read_csv\` of the same ${size.replace('MB', ' MB')} on a bare page (the in-browser floor: no check, no import); ÷ native 1 thread; the upload's total ÷ it`,
				`${ms(s.wasmReadCsv.totalMs)}; ${s.wasmReadCsv.ratioToNativeOneThread}×; ${s.totalRatioToWasmReadCsv ?? '—'}×`
			]);
		}
		if (s.memory) {
			const gb = (n: number | undefined) => `${((n ?? 0) / 2 ** 30).toFixed(2)} GB`;
			rows.push([
				`peak memory during the ${size.replace('MB', ' MB')} upload: all Chromium PSS (RSS); renderer PSS`,
				`${gb(s.memory.pss.total)} (${gb(s.memory.rss.total)}); ${gb(s.memory.pss.renderer)}`
			]);
		}
		const after = s.profile?.memoryWithUpload;
		if (after) {
			const gb = (n: number | undefined) => `${((n ?? 0) / 2 ** 30).toFixed(2)} GB`;
			rows.push([
				`peak memory while \`${s.profile!.page}\` loads with the upload stored: all Chromium PSS (RSS)`,
				`${gb(after.pss.total)} (${gb(after.rss.total)})`
			]);
		}
		for (const a of s.afterImport ?? []) {
			rows.push([
				`\`${a.page}\` with the upload stored / without uploads: answering (hydrated, all shown); longest task; with the upload ÷ first paint without`,
				`${ms(a.withUpload.completeMs)} / ${ms(a.without.completeMs)} (${a.ratio}×); ${ms(a.withUpload.longestTaskMs)} / ${ms(a.without.longestTaskMs)}; ${a.firstPaintRatio ?? '—'}×`
			]);
		}
		if (s.delete) {
			rows.push([
				'deleting the upload on My data (engine running): until the list drops it; until no query sees its rows',
				`${ms(s.delete.listedMs)}; ${ms(s.delete.engineMs)}`
			]);
		}
		if (s.profile) {
			rows.push([
				`\`${s.profile.page}\` complete with the upload stored / without uploads; longest task with / without`,
				`${ms(s.profile.withUpload.completeMs)}; ${ms(s.profile.without.completeMs)}; ${ms(s.profile.withUpload.longestTaskMs)} / ${ms(s.profile.without.longestTaskMs)}`
			]);
		}
	}
	return markdownTable(rows);
}

async function main() {
	const file = process.argv[2] ?? 'bench/results.json';
	const r = JSON.parse(readFileSync(file, 'utf8')) as Stored;
	const m = r.machine;
	const runs = r.runs
		? `${r.runs.pageLoads} cold loads per page (alternated with the references), ${r.runs.interactions} interactions, ${r.runs.ingest} upload${r.runs.ingest === 1 ? '' : 's'} per size (${r.runs.ingestSizesMB.join(', ')} MB)${r.runs.ingestWide ? `, ${r.runs.ingestWide.runs} of the ${r.runs.ingestWide.sizeMB} MB wide file` : ''}`
		: 'run counts not recorded';
	const busy = Math.max(m.loadAverage[0], m.loadAverageAfter?.[0] ?? 0) > 1;
	const block = [
		START,
		`Run of ${r.date.slice(0, 10)} (commit \`${m.commit}\`${m.uncommittedFiles ? `, ${m.uncommittedFiles} files uncommitted` : ''}): ${m.nproc} × ${m.cpu}, ${m.memoryGB} GB, Node ${m.node.replace(/^v/, '')}, ${m.chromium}; ${runs}. Load average ${m.loadAverage[0]} before, ${m.loadAverageAfter?.[0]} after${busy ? ' — **the machine was busy: read the ratios, not the milliseconds**' : ''}. Generated from \`bench/results.json\` by \`npx tsx bench/readme.ts\`.`,
		'',
		targetsMarkdown(r.targets),
		'',
		details(r),
		END
	].join('\n');
	const readme = readFileSync('README.md', 'utf8');
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < 0) throw new Error(`README.md has no ${START} … ${END} block`);
	const next = readme.slice(0, start) + block + readme.slice(end + END.length);
	const options = (await resolveConfig('README.md')) ?? {};
	writeFileSync('README.md', await format(next, { ...options, parser: 'markdown' }));
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
