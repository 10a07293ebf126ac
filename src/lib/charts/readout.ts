import type { ChartText } from './text';

/** The year whose position is closest to `px`, among the years drawn. */
export function nearestYear(
	years: readonly number[],
	x: (year: number) => number,
	px: number
): number | null {
	let best: number | null = null;
	for (const year of years) {
		if (best === null || Math.abs(x(year) - px) < Math.abs(x(best) - px)) best = year;
	}
	return best;
}

/**
 * The read-out's lines for one year: the year, then each line with a value that year, highest
 * first, then the reference. Lines without a value that year are left out, never shown as 0.
 */
export function readoutLines(
	series: readonly {
		label: string;
		points: readonly { year: number; value: number }[];
		/** Where a figure comes from, e.g. its survey and year */
		noteOf?: (year: number) => string | null;
	}[],
	reference: readonly { year: number; value: number }[],
	referenceLabel: string,
	year: number,
	text: Pick<ChartText, 'value' | 'year'>
): string[] {
	const values = series
		.flatMap((s) =>
			s.points
				.filter((p) => p.year === year)
				.map((p) => ({ label: s.label, note: s.noteOf?.(p.year) ?? null, ...p }))
		)
		.sort((a, b) => b.value - a.value)
		.map((p) => `${p.label}: ${text.value(p.value)}${p.note ? ` (${p.note})` : ''}`);
	if (values.length === 0) return [];
	const median = reference.find((r) => r.year === year);
	if (median && referenceLabel) values.push(`${referenceLabel}: ${text.value(median.value)}`);
	return [text.year(year), ...values];
}
