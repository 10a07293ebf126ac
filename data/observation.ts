import type { Sex } from './catalog/types';

/** Latest year the dataset may hold; anything later is a projection by definition. */
export const LAST_YEAR = 2024;

export interface Observation {
	indicatorId: string;
	iso3: string;
	year: number;
	sex: Sex;
	/** The number exactly as written in the raw file, only surrounding whitespace/quotes removed */
	value: string;
	flag: string;
	/** Raw file (relative to the sources directory) and line the value was read from */
	file: string;
	line: number;
	/** Survey code as the source names it (DDI), kept for the catalogue's per-country surveys */
	survey?: string;
}

/** Plain code-point order, independent of the machine's locale. */
function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function compareObservations(a: Observation, b: Observation): number {
	return (
		compareText(a.indicatorId, b.indicatorId) ||
		compareText(a.iso3, b.iso3) ||
		a.year - b.year ||
		compareText(a.sex, b.sex)
	);
}

export { compareText };
