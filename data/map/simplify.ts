export type Point = [number, number];

function distanceToSegment(p: Point, a: Point, b: Point): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const lengthSquared = dx * dx + dy * dy;
	const t =
		lengthSquared === 0
			? 0
			: Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Douglas–Peucker in plain degrees. Both ends are always kept: they are where an arc meets the
 * next one, so two countries sharing a border arc keep meeting exactly. A closed arc (an island)
 * has equal ends; its first split is at the point farthest from them.
 */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
	const last = points.length - 1;
	if (last < 2) return points.slice();
	const keep = new Uint8Array(points.length);
	keep[0] = keep[last] = 1;
	const spans: [number, number][] = [[0, last]];
	while (spans.length > 0) {
		const [start, end] = spans.pop()!;
		let farthest = -1;
		let max = tolerance;
		for (let i = start + 1; i < end; i++) {
			const d = distanceToSegment(points[i], points[start], points[end]);
			if (d > max) [max, farthest] = [d, i];
		}
		if (farthest > 0) {
			keep[farthest] = 1;
			spans.push([start, farthest], [farthest, end]);
		}
	}
	return points.filter((_, i) => keep[i] === 1);
}

/** Rounds to a fixed number of decimals and drops points that rounding made repeat. */
export function roundLine(points: readonly Point[], decimals: number): Point[] {
	const factor = 10 ** decimals;
	const round = (v: number) => Math.round(v * factor) / factor || 0;
	const out: Point[] = [];
	for (const [x, y] of points) {
		const p: Point = [round(x), round(y)];
		const previous = out[out.length - 1];
		if (!previous || previous[0] !== p[0] || previous[1] !== p[1]) out.push(p);
	}
	// An arc must keep two ends, even when both round to the same point.
	if (out.length === 1) out.push([out[0][0], out[0][1]]);
	return out;
}

/** Shoelace area in square degrees; the sign gives the winding, which d3-geo relies on. */
export function ringArea(ring: readonly Point[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	}
	return sum / 2;
}
