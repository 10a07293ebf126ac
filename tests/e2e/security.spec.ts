import { expect, test, wellCoveredIndicator } from './fixtures';

test('every page carries a Content-Security-Policy with no eval, no inline script and no other origin', async ({
	page
}) => {
	for (const path of ['./', './th/', `./indicator/${wellCoveredIndicator().id}/`, './data/']) {
		await page.goto(path);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy, path).toContain("default-src 'self'");
		expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/);
		expect(policy).not.toContain("'unsafe-eval'");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(policy).not.toMatch(/https?:\/\//);
		expect(policy).toContain("object-src 'none'");
	}
});

test('DuckDB starts and answers under the policy', async ({ page }) => {
	// A year other than the default view's, so the ranking is DuckDB's answer, not the HTML's.
	const { id, year } = wellCoveredIndicator();
	await page.goto(`./indicator/${id}/?year=${year}`);
	await expect(page.locator('footer .db-status')).toHaveAttribute('data-phase', 'ready', {
		timeout: 30_000
	});
	await expect(page.locator('[data-chart="ranked"]')).toHaveAttribute('aria-busy', 'false');
	await expect(page.locator('[data-chart="ranked"] .chart-title')).toContainText(String(year));
	await expect(page.locator('[data-chart="ranked"] .chart-title')).not.toContainText('latest');
});

test('the preview server sends hardening headers', async ({ request }) => {
	const response = await request.get('./');
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	expect(response.headers()['content-security-policy']).toContain("object-src 'none'");
});
