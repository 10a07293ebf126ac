import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

/**
 * The first view's byte budget (issue 5): everything a page loads before DuckDB starts, gzip -9,
 * at most 250 KB. Bytes are deterministic, so CI checks them; timings live in `npm run bench`.
 * DuckDB starts in requestIdleCallback after the first paint, so a page whose idle callbacks never
 * run shows exactly its first view.
 */
const BUDGET = 250 * 1024;

for (const path of ['./', './indicator/life-expectancy/']) {
	test(`first view of ${path} stays within ${BUDGET / 1024} KB gzip, without wasm`, async ({
		page
	}) => {
		await page.addInitScript(() => {
			window.requestIdleCallback = () => 0;
		});
		const bodies: Promise<{ url: string; gzip: number }>[] = [];
		page.on('response', (response) => {
			if (response.status() !== 200) return;
			bodies.push(
				response.body().then((body) => ({
					url: new URL(response.url()).pathname,
					gzip: gzipSync(body, { level: 9 }).length
				}))
			);
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const files = await Promise.all(bodies);
		const total = files.reduce((sum, f) => sum + f.gzip, 0);
		const listing = files.map((f) => `${f.url} ${f.gzip}`).join('\n');
		expect(
			files.filter((f) => /\.wasm$/.test(f.url)),
			listing
		).toEqual([]);
		expect(total, `first view of ${path}, gzip bytes:\n${listing}`).toBeLessThanOrEqual(BUDGET);
	});
}
