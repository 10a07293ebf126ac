import type { IndicatorFreshnessRow } from '$lib/queries/freshness';

/** How the home page lists indicators: as the catalogue has them, or the most recent data first. */
export type HomeOrder = 'topic' | 'recent';

export interface HomeFreshnessOptions {
	order: HomeOrder;
	/** Keep only indicators with at least one member's figure no older than 5 years */
	recentOnly: boolean;
}

/** `?order=recent&recent=1`; anything else reads as the default. */
export function readHomeFreshness(params: URLSearchParams): HomeFreshnessOptions {
	return {
		order: params.get('order') === 'recent' ? 'recent' : 'topic',
		recentOnly: params.get('recent') === '1'
	};
}

export function writeHomeFreshness(params: URLSearchParams, options: HomeFreshnessOptions): void {
	if (options.order === 'recent') params.set('order', 'recent');
	else params.delete('order');
	if (options.recentOnly) params.set('recent', '1');
	else params.delete('recent');
}

/**
 * The indicators to list, in order. Sorting is stable, so indicators with the same newest year
 * keep the catalogue's order; an indicator without any data goes last and counts as not recent.
 */
export function arrangeByFreshness<T extends { id: string }>(
	indicators: readonly T[],
	freshness: Readonly<Record<string, IndicatorFreshnessRow | undefined>>,
	{ order, recentOnly }: HomeFreshnessOptions
): T[] {
	const newest = (id: string) => freshness[id]?.newest_year ?? -Infinity;
	const kept = recentOnly
		? indicators.filter((i) => {
				const f = freshness[i.id];
				return f !== undefined && f.stale_members < f.members;
			})
		: [...indicators];
	return order === 'recent' ? kept.sort((a, b) => newest(b.id) - newest(a.id)) : kept;
}
