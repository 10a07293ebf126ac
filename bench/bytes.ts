/** Bytes each page transfers, first view (DuckDB kept from starting) and in total. */
import type { Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { BUILD, INDICATOR, newContext, waitForMarks } from './browser';
import { kindOf, saveSizeCache, sizeOf, type AssetKind } from './sizes';

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

export async function bytes(browser: Browser, base: string) {
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
