export interface Summary {
	median: number;
	p95: number;
	min: number;
	max: number;
	n: number;
}

/** Nearest-rank percentiles: p95 of 5 runs is the slowest run, as it should be for so few. */
export function summarise(values: number[], digits = 1): Summary {
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
	const round = (v: number) => Math.round(v * 10 ** digits) / 10 ** digits;
	return {
		median: round(
			sorted.length % 2
				? sorted[(sorted.length - 1) / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
		),
		p95: round(rank(0.95)),
		min: round(sorted[0]),
		max: round(sorted[sorted.length - 1]),
		n: sorted.length
	};
}
