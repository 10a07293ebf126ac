import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

/**
 * The first view's byte budget (issue 5): everything a page loads to show its prerendered charts,
 * gzip -9, at most 250 KB. The in-browser engine (its worker, wasm and the dataset it loads) starts
 * in parallel while the page hydrates and is not part of the first view; it is listed apart.
 * Bytes are deterministic, so CI checks them; timings live in `npm run bench`.
 */
const ENGINE_FILE = /\.wasm$|duckdb-browser-[a-z]+\.worker|\/data\/observations\.arrow$/;
/**
 * The engine's own script chunks: the DuckDB-WASM client and Apache Arrow. Class names are
 * minified away in some chunkings; Arrow's visitor methods are called by name and keep theirs.
 */
const ENGINE_CODE = /AsyncDuckDB|RecordBatchReader|visitFixedSizeBinary/;
const BUDGET = 250 * 1024;

for (const path of ['./', './indicator/life-expectancy/']) {
	test(`first view of ${path} stays within ${BUDGET / 1024} KB gzip, engine apart`, async ({
		page
	}) => {
		const bodies: Promise<{ url: string; gzip: number; engine: boolean } | null>[] = [];
		const onResponse = (response: import('@playwright/test').Response) => {
			const url = new URL(response.url()).pathname;
			if (response.status() !== 200 || ENGINE_FILE.test(url)) return;
			bodies.push(
				response
					.body()
					.then((body) => ({
						url,
						gzip: gzipSync(body, { level: 9 }).length,
						engine: /\.js$/.test(url) && ENGINE_CODE.test(body.toString('latin1'))
					}))
					// Only a response still arriving when the page closes has no readable body: by then
					// the first view has been counted.
					.catch(() => null)
			);
		};
		page.on('response', onResponse);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		page.off('response', onResponse);
		const files = (await Promise.all(bodies)).filter(
			(f): f is NonNullable<typeof f> => f !== null && !f.engine
		);
		const total = files.reduce((sum, f) => sum + f.gzip, 0);
		const listing = files.map((f) => `${f.url} ${f.gzip}`).join('\n');
		expect(total, `first view of ${path}, gzip bytes:\n${listing}`).toBeLessThanOrEqual(BUDGET);
	});
}
