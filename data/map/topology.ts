import type { Topology } from 'topojson-specification';
import type { Point } from './simplify';

export type Box = [[west: number, south: number], [east: number, north: number]];

/** Arcs as absolute longitude/latitude, undoing TopoJSON's quantisation and delta encoding. */
export function decodeArcs(topology: Topology): Point[][] {
	const { transform } = topology;
	return topology.arcs.map((arc) => {
		if (!transform) return arc.map((p): Point => [p[0], p[1]]);
		const [sx, sy] = transform.scale;
		const [tx, ty] = transform.translate;
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]): Point => {
			x += dx;
			y += dy;
			return [x * sx + tx, y * sy + ty];
		});
	});
}

/** A ring's coordinates from its arc indexes (a negative index ~i is arc i reversed). */
export function ringPoints(ring: readonly number[], arcs: readonly Point[][]): Point[] {
	const out: Point[] = [];
	for (const index of ring) {
		const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
		// Each arc starts where the previous one ended.
		arc.forEach((p, k) => {
			if (k > 0 || out.length === 0) out.push(p);
		});
	}
	return out;
}

export function boxOf(points: readonly Point[]): Box {
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of points) {
		west = Math.min(west, x);
		east = Math.max(east, x);
		south = Math.min(south, y);
		north = Math.max(north, y);
	}
	return [
		[west, south],
		[east, north]
	];
}

export function boxesIntersect(a: Box, b: Box): boolean {
	return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}
