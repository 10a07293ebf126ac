/** A change of method inside one member's series, as the catalogue records it (first new year). */
export interface MethodBreak {
	iso3: string;
	year: number;
}

/**
 * A series cut into pieces that may be joined by a line: a new piece starts at the first point
 * measured the new way, so no line ever runs across a break in method.
 */
export function piecesAtBreaks<P extends { year: number }>(
	points: readonly P[],
	breakYears: readonly number[]
): P[][] {
	const pieces: P[][] = [];
	points.forEach((p, i) => {
		const prev = points[i - 1];
		const cut = prev !== undefined && breakYears.some((b) => prev.year < b && p.year >= b);
		if (i === 0 || cut) pieces.push([p]);
		else pieces[pieces.length - 1].push(p);
	});
	return pieces;
}

/** The breaks that fall inside a drawn series: a point before the break year and one at or after. */
export function breaksWithin<P extends { year: number }>(
	points: readonly P[],
	iso3: string,
	breaks: readonly MethodBreak[]
): { year: number; before: P; after: P }[] {
	return breaks.flatMap((b) => {
		if (b.iso3 !== iso3) return [];
		const before = points.filter((p) => p.year < b.year).at(-1);
		const after = points.find((p) => p.year >= b.year);
		return before && after ? [{ year: b.year, before, after }] : [];
	});
}
