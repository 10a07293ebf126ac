import type { Direction } from '$lib/dataset/types';
import { classScale, niceBreaks, type ClassScale } from './color';

/**
 * Colour classes that stay fixed across years and members, so two maps of one indicator compare
 * (issue 12): the breaks come from the indicator's whole range for the shown sex (every year,
 * every member), never from the year on screen. `rangeValues` may be every value or just the
 * extent: only the lowest and highest matter. Without them the values drawn are used.
 */
export function indicatorClassScale(
	rangeValues: readonly number[],
	shownValues: readonly number[],
	direction: Direction = 'neutral',
	decimals = 20
): ClassScale {
	const range = [...rangeValues, ...shownValues].filter(Number.isFinite);
	return classScale(range, direction, decimals);
}

/** The lowest and highest value of each sex: what a page ships so its map bins are fixed. */
export function valueExtents<S extends string>(
	rows: readonly { sex: S; value: number }[]
): Partial<Record<S, [number, number]>> {
	const out: Partial<Record<S, [number, number]>> = {};
	for (const { sex, value } of rows) {
		if (!Number.isFinite(value)) continue;
		const seen = out[sex];
		out[sex] = seen ? [Math.min(seen[0], value), Math.max(seen[1], value)] : [value, value];
	}
	return out;
}

export { niceBreaks };
