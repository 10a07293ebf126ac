/**
 * A sparkline's line and its last point, in a box of the given size. Prerendered profiles carry
 * it ready made: sixty of them computed while the page hydrated took some 40 ms of one task
 * (issue 9: no task over 200 ms).
 */
import { line, scaleLinear } from 'd3';

export interface SparklineGeometry {
	path: string;
	last: { cx: number; cy: number } | null;
}

const PAD = 3;

export function sparklineGeometry(
	points: readonly { year: number; value: number }[],
	width = 120,
	height = 32
): SparklineGeometry {
	let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
	for (const p of points) {
		if (p.year < x0) x0 = p.year;
		if (p.year > x1) x1 = p.year;
		if (p.value < y0) y0 = p.value;
		if (p.value > y1) y1 = p.value;
	}
	const x = scaleLinear()
		.domain(points.length > 1 ? [x0, x1] : [0, 1])
		.range([PAD, width - PAD]);
	const flat = !points.length || y0 === y1;
	const y = scaleLinear()
		.domain(flat ? [(points[0]?.value ?? 0) - 1, (points[0]?.value ?? 0) + 1] : [y0, y1])
		.range([height - PAD, PAD]);
	const px = (p: { year: number }) => (points.length > 1 ? x(p.year) : width / 2);
	// A tenth of a pixel is finer than the line is wide, and keeps a prerendered profile's
	// sixty paths short.
	const path =
		line<{ year: number; value: number }>()
			.digits(1)
			.x(px)
			.y((p) => y(p.value))(points) ?? '';
	const tenth = (v: number) => Math.round(v * 10) / 10;
	const last = points.at(-1);
	return { path, last: last ? { cx: tenth(px(last)), cy: tenth(y(last.value)) } : null };
}
