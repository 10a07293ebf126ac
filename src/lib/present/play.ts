import type { ViewSpec } from '$lib/spec';

/**
 * A slide's spec at one step of a played sequence: a one-year chart shows that year; a chart
 * over time shows its years up to that one (its start as saved), so each step adds a year and
 * gaps stay gaps. Without a step the slide is shown as saved.
 */
export function playedSpec(
	spec: ViewSpec,
	years: readonly number[],
	step: number | null
): ViewSpec {
	if (step === null) return spec;
	if (spec.chart === 'trend' || spec.chart === 'multiples') {
		const from = spec.range?.[0] ?? years[0] ?? step;
		return { ...spec, range: [Math.min(from, step), step] };
	}
	return { ...spec, year: step };
}

/** What a slide's footer says about its chart, in the slide's language. */
export interface SlideInfo {
	source: string;
	dataYear: string;
}
