import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';

// E2E_PORT lets several checkouts on one machine run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	timeout: 60_000,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		...devices['Desktop Chrome'],
		launchOptions: chromiumLaunchOptions
	},
	webServer: {
		command: `npm run build && ./node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		// A preview started before a rebuild serves stale chunk names: always start a fresh one.
		// The build prerenders every page in two languages: minutes on a busy 2-core machine.
		reuseExistingServer: false,
		timeout: 600_000
	}
});
