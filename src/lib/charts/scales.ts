import { extent, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * A value scale. Bars must start at zero; a line chart may start near its data. A log scale is offered only for strictly positive data.
 */
export function valueScale(
	values: readonly number[],
	range: [number, number],
	options: { zero?: boolean; log?: boolean; nice?: boolean } = {}
): ScaleContinuousNumeric<number, number> {
	const [lo, hi] = extent(values) as [number | undefined, number | undefined];
	if (lo === undefined || hi === undefined) return scaleLinear().domain([0, 1]).range(range);
	const nice = options.nice ?? true;
	if (options.log && lo > 0) {
		// A nice log domain jumps to the next power of ten, far past the data (issue 12).
		const scale = scaleLog()
			.domain(lo === hi ? [lo / 2, hi * 2] : [lo, hi])
			.range(range);
		return nice ? scale.nice() : scale;
	}
	const min = options.zero ? Math.min(0, lo) : lo;
	let domain: [number, number] = [min, hi];
	if (hi === min) {
		// One value: put it mid-plot, between gridlines, rather than on the bottom edge.
		const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
		domain = options.zero && min === 0 ? [0, 1] : [min - pad, hi + pad];
	}
	const scale = scaleLinear().domain(domain).range(range);
	return nice ? scale.nice() : scale;
}

/** Integer year ticks that do not crowd: about one per 70 px. */
export function yearTicks(first: number, last: number, width: number): number[] {
	const span = Math.max(0, last - first);
	const room = Math.max(1, Math.floor(width / 70));
	const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s <= room) ?? 100;
	const ticks: number[] = [];
	for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
	if (ticks.length === 0) ticks.push(first);
	return ticks;
}

/**
 * Moves labels apart vertically so that none overlap, keeping their order and staying as close
 * to their wanted positions as possible.
 */
export function dodge(wanted: readonly number[], gap: number, min: number, max: number): number[] {
	const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
	const placed = order.map((o) => Math.max(min, o.y));
	// Push down what overlaps, then pull back up from the bottom edge.
	for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
	const last = placed.length - 1;
	if (last >= 0 && placed[last] > max) {
		placed[last] = max;
		for (let k = last - 1; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - gap);
	}
	const out = new Array<number>(wanted.length);
	order.forEach((o, k) => (out[o.i] = placed[k]));
	return out;
}

/** A rough text width for layout: Thai marks above and below the line take no width. */
export function textWidth(text: string, fontSize = 13): number {
	const spacing = text.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');
	return Math.ceil(spacing.length * fontSize * 0.58);
}

/** Ticks that do not crowd a log axis: only 1, 2 and 5 times a power of ten. */
export function readableTicks(
	scale: { ticks(count?: number): number[] },
	count: number,
	log: boolean
) {
	const ticks = scale.ticks(count);
	if (!log) return ticks;
	const tidy = ticks.filter((t) => [1, 2, 5].includes(Number(t.toExponential().split('e')[0])));
	return tidy.length > 8 ? tidy.filter((t) => Number(t.toExponential().split('e')[0]) === 1) : tidy;
}
