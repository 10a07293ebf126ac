/**
 * Uploads of generated tidy CSV files through the real UI (file chosen → read and checked →
 * import), against native DuckDB's `read_csv` of the same file; for the largest file, browser
 * memory during the upload and a country profile with the upload stored vs a fresh browser. Then
 * a generated wide file (years in columns) the same way, with its memory: the issue asks for
 * under 2 GB "for a 100 MB file of either shape".
 */
import type { Browser, Page } from '@playwright/test';
import { MB, log, newContext, ratio, waitForMarks } from './browser';
import {
	AFTER_IMPORT,
	LONG,
	pagesAfter,
	pagesWithout,
	timedDelete,
	type PageLoad
} from './after-import';
import { tidyCsv, wideCsv } from './csv';
import { memorySampler, type MemoryPeak } from './memory';
import { nativeLoad } from './native';
import { summarise, type Summary } from './stats';
import { wasmReadCsv } from './wasm-read';

const PROFILE = '/country/THA/';

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
	/** The longest main-thread task from choosing the file to the import's end */
	longestTaskMs: number;
}

function phaseSpan(phases: { phase: string; at: number }[], from: string, to: string[], after = 0) {
	const start = phases.findIndex((p, k) => k >= after && p.phase === from);
	if (start < 0) return { ms: 0, end: after };
	const end = phases.findIndex((p, k) => k > start && to.includes(p.phase));
	return end < 0 ? { ms: NaN, end: start } : { ms: phases[end].at - phases[start].at, end };
}

async function upload(page: Page, file: string): Promise<IngestRun> {
	const section = page.locator('section.upload');
	// The page's own start-up is timed elsewhere: from here on, the upload's tasks.
	await page.evaluate(() => {
		window.__bench.longestTask = 0;
	});
	await page.locator('section.upload input[type=file]').setInputFiles(file);
	await page
		.locator('section.upload[data-phase="review"], section.upload[data-phase="refused"]')
		.waitFor(LONG);
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
			LONG
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
		LONG
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
	return {
		path: usesDuckDb ? 'duckdb' : 'javascript',
		readMs: analyseMs + staged.ms,
		analyseMs,
		stageMs: staged.ms,
		importMs: importError ? null : imported.ms,
		...(importError && { importError }),
		observations: observations.replace(/\s+/g, ' ').slice(0, 200),
		longestTaskMs: marks.longestTask ?? 0
	};
}

async function ingestOnce(
	browser: Browser,
	base: string,
	file: string,
	options: { memory: boolean; profile: boolean }
) {
	const context = await newContext(browser);
	try {
		const page = await context.newPage();
		await page.goto(`${base}/data/`);
		await page.locator('section.upload input[type=file]').waitFor({ state: 'attached' });
		await waitForMarks(page, ['dbReady'], 60_000);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const heap = async () =>
			(await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')
				?.value ?? 0;
		const sampler = options.memory ? memorySampler(200, heap) : null;
		let run: IngestRun;
		let memory: MemoryPeak | undefined;
		try {
			run = await upload(page, file);
		} finally {
			memory = await sampler?.stop();
		}
		await page.close();
		const profile = options.profile && run.importMs !== null;
		const profileSampler = profile && options.memory ? memorySampler(200) : null;
		const withUpload = profile ? await pagesAfter(context, base, true) : undefined;
		const profileMemory = await profileSampler?.stop();
		const deleted = profile ? await timedDelete(context, base) : undefined;
		return { run, memory, withUpload, profileMemory, deleted };
	} finally {
		await context.close();
	}
}

/**
 * Native DuckDB's `read_csv` of the file, on one thread and on all, and DuckDB-WASM's own
 * `read_csv` of it on a bare page (the in-browser floor), `runs` times each
 */
async function references(browser: Browser, base: string, path: string, runs: number) {
	const oneThread: number[] = [];
	const allThreads: number[] = [];
	for (let k = 0; k < runs; k++) {
		oneThread.push(await nativeLoad(path, 1));
		allThreads.push(await nativeLoad(path, 'default'));
	}
	const wasm = await wasmReadCsv(browser, base, path, runs);
	return { oneThread: summarise(oneThread), allThreads: summarise(allThreads), wasm };
}

/** One file's uploads against its native reference */
function summariseUploads(
	bytes: number,
	uploads: IngestRun[],
	native: Awaited<ReturnType<typeof references>>,
	memory: MemoryPeak | undefined
) {
	const read = summarise(uploads.map((r) => r.readMs));
	const done = uploads.filter((r) => r.importMs !== null);
	const total = done.length ? summarise(done.map((r) => r.readMs + r.importMs!)) : null;
	const mbps = (ms: number) => Math.round((bytes / MB / (ms / 1000)) * 10) / 10;
	return {
		bytes,
		path: uploads[0].path,
		checkReport: uploads[0].observations,
		browser: {
			readMs: read,
			analyseMs: summarise(uploads.map((r) => r.analyseMs)),
			stageMs: summarise(uploads.map((r) => r.stageMs)),
			importMs: done.length ? summarise(done.map((r) => r.importMs!)) : null,
			longestTaskMs: summarise(uploads.map((r) => r.longestTaskMs)),
			totalMs: total,
			importErrors: [...new Set(uploads.flatMap((r) => (r.importError ? [r.importError] : [])))],
			readMbPerSecond: mbps(read.median)
		},
		native: {
			oneThreadMs: native.oneThread,
			defaultThreadsMs: native.allThreads,
			oneThreadMbPerSecond: mbps(native.oneThread.median),
			defaultThreadsMbPerSecond: mbps(native.allThreads.median)
		},
		wasmReadCsv: {
			...native.wasm,
			ratioToNativeOneThread: ratio(native.wasm.totalMs.median, native.oneThread.median)
		},
		readRatioToNativeOneThread: ratio(read.median, native.oneThread.median),
		totalRatioToNativeOneThread: total ? ratio(total.median, native.oneThread.median) : null,
		totalRatioToWasmReadCsv: total ? ratio(total.median, native.wasm.totalMs.median) : null,
		...(memory && { memory })
	};
}

export async function ingest(
	browser: Browser,
	base: string,
	sizes: number[],
	runs: number,
	wide: { sizeMB: number; runs: number } | null
) {
	const out: Record<string, unknown> = {};
	const largest = Math.max(...sizes);
	for (const size of sizes) {
		const csv = await tidyCsv(`bench/tmp/tidy-${size}mb.csv`, size * MB);
		log(`ingest ${size} MB (${csv.bytes} bytes)`);
		const uploads: IngestRun[] = [];
		const withUpload: Record<string, PageLoad>[] = [];
		const deletes: { listedMs: number; engineMs: number }[] = [];
		const without: Record<string, PageLoad>[] = [];
		let memory: MemoryPeak | undefined;
		let profileMemory: MemoryPeak | undefined;
		for (let k = 0; k < runs; k++) {
			const isLargest = size === largest;
			const once = await ingestOnce(browser, base, csv.path, {
				memory: isLargest && k === 0,
				profile: isLargest
			});
			uploads.push(once.run);
			memory ??= once.memory;
			profileMemory ??= once.profileMemory;
			if (once.deleted) deletes.push(once.deleted);
			if (once.withUpload) {
				withUpload.push(once.withUpload);
				without.push(await pagesWithout(browser, base));
			}
			log(
				`  browser run ${k + 1}: read ${Math.round(once.run.readMs)} ms, import ${Math.round(once.run.importMs ?? NaN)} ms (${once.run.path})` +
					(once.withUpload
						? `; profile ${Math.round(once.withUpload[PROFILE].completeMs ?? NaN)} ms`
						: '')
			);
		}
		const loads = (list: PageLoad[]) => ({
			completeMs: summarise(list.map((p) => p.completeMs ?? Infinity)),
			fcpMs: summarise(list.map((p) => p.fcpMs)),
			longestTaskMs: summarise(list.map((p) => p.longestTaskMs)),
			timedOut: list.filter((p) => p.timedOut).length
		});
		const compared = (page: string) => {
			const withIt = loads(withUpload.map((l) => l[page]));
			const withoutIt = loads(without.map((l) => l[page]));
			return {
				page,
				withUpload: withIt,
				without: withoutIt,
				ratio: ratio(withIt.completeMs.median, withoutIt.completeMs.median),
				// The stricter reading: against the page's first paint without uploads, before it
				// hydrates (how this bench timed it until 6 Dec 2026).
				firstPaintRatio: ratio(withIt.completeMs.median, withoutIt.fcpMs.median)
			};
		};
		const native = await references(browser, base, csv.path, runs);
		out[`${size}MB`] = {
			...summariseUploads(csv.bytes, uploads, native, memory),
			...(withUpload.length && {
				profile: {
					...compared(PROFILE),
					...(profileMemory && { memoryWithUpload: profileMemory })
				},
				afterImport: AFTER_IMPORT.map((target) => compared(target.page))
			}),
			...(deletes.length && {
				delete: {
					listedMs: summarise(deletes.map((d) => d.listedMs)),
					engineMs: summarise(deletes.map((d) => d.engineMs))
				}
			})
		};
	}
	if (wide) {
		const csv = await wideCsv(`bench/tmp/wide-${wide.sizeMB}mb.csv`, wide.sizeMB * MB);
		log(`ingest ${wide.sizeMB} MB wide (${csv.bytes} bytes)`);
		const uploads: IngestRun[] = [];
		let memory: MemoryPeak | undefined;
		for (let k = 0; k < wide.runs; k++) {
			const once = await ingestOnce(browser, base, csv.path, { memory: k === 0, profile: false });
			uploads.push(once.run);
			memory ??= once.memory;
			log(
				`  browser run ${k + 1}: read ${Math.round(once.run.readMs)} ms, import ${Math.round(once.run.importMs ?? NaN)} ms`
			);
		}
		const native = await references(browser, base, csv.path, wide.runs);
		out[`${wide.sizeMB}MB wide`] = summariseUploads(csv.bytes, uploads, native, memory);
	}
	return out;
}

export interface IngestSize {
	bytes: number;
	path: string;
	browser: {
		readMs: Summary;
		stageMs: Summary;
		importMs: Summary | null;
		/** The longest main-thread task while the file was read, checked and imported */
		longestTaskMs?: Summary;
		totalMs: Summary | null;
		importErrors: string[];
		readMbPerSecond: number;
	};
	native: {
		oneThreadMs: Summary;
		defaultThreadsMs: Summary;
		oneThreadMbPerSecond: number;
		defaultThreadsMbPerSecond: number;
	};
	/** DuckDB-WASM's own read_csv of the file on a bare page: the in-browser floor */
	wasmReadCsv: {
		totalMs: Summary;
		readCsvMs: Summary;
		rows: number;
		ratioToNativeOneThread: number;
	};
	readRatioToNativeOneThread: number;
	totalRatioToNativeOneThread: number | null;
	totalRatioToWasmReadCsv: number | null;
	memory?: MemoryPeak;
	profile?: {
		page: string;
		withUpload: { completeMs: Summary; fcpMs: Summary; longestTaskMs: Summary; timedOut: number };
		/** Peak memory while the profile loaded with the upload stored (first run) */
		memoryWithUpload?: MemoryPeak;
		without: { completeMs: Summary; fcpMs: Summary; longestTaskMs: Summary; timedOut: number };
		ratio: number;
		firstPaintRatio: number;
	};
	/** Each page of AFTER_IMPORT with the upload stored against the same page without uploads */
	afterImport?: AfterImportPage[];
	/** Deleting the upload with the engine running: until the list drops it / until no query sees it */
	delete?: { listedMs: Summary; engineMs: Summary };
}

export interface AfterImportPage {
	page: string;
	withUpload: { completeMs: Summary; fcpMs: Summary; longestTaskMs: Summary; timedOut: number };
	without: { completeMs: Summary; fcpMs: Summary; longestTaskMs: Summary; timedOut: number };
	ratio: number;
	/** Against the page's first paint without uploads (before hydration): the stricter reading */
	firstPaintRatio: number;
}
