import { browser } from '$app/environment';

// Every page is prerendered to static HTML; the site runs from any static host.
export const prerender = true;
export const trailingSlash = 'always';

/**
 * In the browser, before the first page hydrates: the first number format of a page starts ICU
 * (30-75 ms here), and the script's start, the loads and the hydration all ran as one task. That
 * start is paid here, then the hydration waits for a task of its own (issue 9: no task over
 * 200 ms).
 */
export async function load() {
	if (browser) {
		new Intl.NumberFormat('en-GB').format(0);
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	return {};
}
