import type { SparklineGeometry } from '$lib/charts/sparkline-geometry';
import type { Direction, Sex } from './types';

export type Trend = 'better' | 'worse' | 'up' | 'down' | 'same';

export interface ProfileEntry {
	id: string;
	sex: Sex;
	latest: { year: number; value: number; flag: string } | null;
	previous: { year: number; value: number } | null;
	/** 1 = best among the members with data (highest where direction is neutral) */
	rank: number | null;
	ranked: number;
	/** Median of every member's most recent value; null where the figures are not comparable */
	median: number | null;
	trend: Trend | null;
	series: { year: number; value: number }[];
	/** The series' sparkline, drawn when prerendering so the page need not compute it */
	spark?: SparklineGeometry;
}

/** Whether the move from one value to the next is an improvement, given the indicator's direction. */
export function trendOf(from: number, to: number, direction: Direction): Trend {
	if (to === from) return 'same';
	const up = to > from;
	if (direction === 'neutral') return up ? 'up' : 'down';
	return up === (direction === 'higher-is-better') ? 'better' : 'worse';
}

/**
 * The entry with its sparkline points made by `points` when first read, then kept: an upload's
 * lines hold millions of points, and a page or an import reads them one entry at a time.
 */
export function withLazySeries(
	entry: Omit<ProfileEntry, 'series'>,
	points: () => ProfileEntry['series']
): ProfileEntry {
	let series: ProfileEntry['series'] | undefined;
	return Object.defineProperty(entry, 'series', {
		enumerable: true,
		get: () => (series ??= points())
	}) as ProfileEntry;
}
