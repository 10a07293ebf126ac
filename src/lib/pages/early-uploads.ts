import { browser } from '$app/environment';
import type { UserIndicator } from '$lib/storage/types';

/**
 * The analyst's uploaded indicators, asked of storage from a page's `load`: that runs before
 * hydration, so reading storage overlaps it instead of following the mount (issue 9: pages
 * after a large upload). Null while prerendering. The storage code stays out of the page's
 * first chunk.
 */
export function earlyUploads(): Promise<UserIndicator[]> | null {
	if (!browser) return null;
	return import('$lib/storage/user-data').then((storage) => storage.listUserIndicators());
}
