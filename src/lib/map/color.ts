import { extent, interpolateBlues, nice, scaleThreshold, ticks } from 'd3';
import type { Direction } from '$lib/dataset/types';

/** One legend entry: values from `lo` up to (not including) `hi`, except the last, which includes it. */
export interface ValueClass {
	lo: number;
	hi: number;
	color: string;
}

export interface ClassScale {
	classes: ValueClass[];
	/** The fill for a value; values beyond the classes take the nearest end */
	color: (value: number) => string;
	/** Which end of the legend is better; the colours themselves do not change with direction */
	betterEnd: 'low' | 'high' | null;
}

const MIN_CLASSES = 4;
const MAX_CLASSES = 6;

/**
 * Class breaks on round numbers, the outer ones covering the data: [0, 20, 40, …, 100]. Tries
 * d3's tick counts near five until one gives four to six classes, else takes the closest.
 */
export function niceBreaks(values: readonly number[], decimals = 20): number[] {
	const [lo, hi] = extent(values);
	if (lo === undefined || hi === undefined) return [];
	if (lo === hi) return [lo, hi];
	const distance = (breaks: number[]) => Math.abs(breaks.length - 1 - 5);
	// A break finer than the display precision would give two classes the same label.
	const minStep = 10 ** -Math.min(20, Math.max(0, decimals)) - 1e-12;
	let best: number[] = [];
	for (const count of [5, 6, 4, 7, 3, 8, 2, 1]) {
		const [start, stop] = nice(lo, hi, count);
		const breaks = ticks(start, stop, count);
		if (breaks.length > 1 && breaks[1] - breaks[0] < minStep) continue;
		const classes = breaks.length - 1;
		if (classes >= MIN_CLASSES && classes <= MAX_CLASSES) return breaks;
		if (best.length === 0 || distance(breaks) < distance(best)) best = breaks;
	}
	if (best.length > 0) return best;
	const step = minStep + 1e-12;
	return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

/**
 * Light to dark blue: one hue, so the order reads by lightness alone, for every kind of colour
 * vision and in greyscale print. The palest end is skipped so that no class can pass for the
 * grey of neighbours or of "no data".
 */
export function classColors(n: number): string[] {
	if (n <= 0) return [];
	if (n === 1) return [interpolateBlues(0.65)];
	return Array.from({ length: n }, (_, i) => interpolateBlues(0.3 + (0.7 * i) / (n - 1)));
}

/**
 * Darker always means more, whatever the indicator's direction: a map where dark meant "worse"
 * on one page and "better" on the next would mislead, and neutral indicators have no better end.
 * Direction is reported as `betterEnd` so the legend can say it in words.
 */
export function classScale(
	values: readonly number[],
	direction: Direction = 'neutral',
	decimals = 20
): ClassScale {
	const breaks = niceBreaks(values, decimals);
	const colors = classColors(Math.max(0, breaks.length - 1));
	const classes = colors.map((color, i) => ({ lo: breaks[i], hi: breaks[i + 1], color }));
	const threshold = scaleThreshold<number, string>().domain(breaks.slice(1, -1)).range(colors);
	return {
		classes,
		color: (value) => threshold(value),
		betterEnd:
			direction === 'higher-is-better' ? 'high' : direction === 'lower-is-better' ? 'low' : null
	};
}

/** "20 – 40", or a single value when every country has the same one. */
export function classLabel(value: ValueClass, format: (v: number) => string): string {
	return value.lo === value.hi ? format(value.lo) : `${format(value.lo)} – ${format(value.hi)}`;
}
