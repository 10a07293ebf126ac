import { browser } from '$app/environment';
import { formatValue } from '$lib/i18n/format';
import { isLang } from '$lib/i18n/locale';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML; the site runs from any static host.
export const prerender = true;
export const trailingSlash = 'always';

/**
 * In the browser, before the first page hydrates: the first number format of a page starts ICU
 * (30-75 ms here), and each display precision's first format costs again; the script's start,
 * the loads and the hydration all ran as one task. Those starts are paid here, then the
 * hydration waits for a task of its own (issue 9: no task over 200 ms).
 */
export const load: LayoutLoad = async ({ params }) => {
	if (browser) {
		const lang = isLang(params.lang) ? params.lang : 'en';
		// The catalogue's display precisions are 0 to 3 digits
		for (const decimals of [0, 1, 2, 3]) formatValue(0, lang, decimals);
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	return {};
};
