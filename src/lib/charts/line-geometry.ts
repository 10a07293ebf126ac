/**
 * What a line chart draws, computed from its series and scales: the paths (solid for
 * consecutive years, dashed across years without data, never across a change of method), the
 * marks at those changes, the reference line, and the end labels dodged apart. D3 scales in,
 * plain shapes out, so LineChart.svelte only draws them.
 */
import type { Point } from '$lib/dataset/types';
import { breaksWithin, piecesAtBreaks, type MethodBreak } from './breaks';
import { emphasis, type Emphasis } from './highlight';
import { dodge } from './scales';
import type { ChartText } from './text';
import type { Series } from './types';

type Scale = (value: number) => number;

/** A series with its points, as drawn */
export type DrawnSeries = Series & { points: readonly Point[] };

/** One solid and one dashed path a series: two elements a line, however long it is. */
export function linePaths(
	drawn: readonly DrawnSeries[],
	breaks: readonly MethodBreak[],
	highlight: readonly string[],
	x: Scale,
	y: Scale
) {
	return drawn.map((s) => {
		let solid = '';
		let dashed = '';
		const own = breaks.filter((b) => b.iso3 === s.iso3).map((b) => b.year);
		const pieces = piecesAtBreaks(s.points, own);
		for (const piece of pieces) {
			piece.slice(1).forEach((p, i) => {
				const prev = piece[i];
				const move = `M${x(prev.year)},${y(prev.value)}L${x(p.year)},${y(p.value)}`;
				if (p.year - prev.year > 1) dashed += move;
				else solid += move;
			});
		}
		return {
			key: s.key,
			iso3: s.iso3,
			solid,
			dashed,
			pieces: pieces.length,
			emphasis: emphasis(highlight, s.iso3)
		};
	});
}

/** A mark between the last old-method point and the first new one, never a line joining them */
export function breakMarks(
	drawn: readonly DrawnSeries[],
	breaks: readonly MethodBreak[],
	x: Scale,
	y: Scale
) {
	return drawn.flatMap((s) =>
		breaksWithin(s.points, s.iso3, breaks).map((b) => ({
			key: `${s.key}|${b.year}`,
			iso3: s.iso3,
			year: b.year,
			x: (x(b.before.year) + x(b.after.year)) / 2,
			y1: y(b.before.value),
			y2: y(b.after.value)
		}))
	);
}

export function referencePath(
	reference: readonly { year: number; value: number }[],
	x: Scale,
	y: Scale
): string {
	return reference.map((r, i) => `${i ? 'L' : 'M'}${x(r.year)},${y(r.value)}`).join('');
}

/** Dense charts mark only each line's ends: hundreds of dots would hide the lines. */
export function markedPoints(points: readonly Point[], dense: boolean): readonly Point[] {
	return dense && points.length > 2 ? [points[0], points[points.length - 1]] : points;
}

/** Each line's label at its last point, and the reference's, moved apart so none overlap. */
export function endLabels(
	drawn: readonly DrawnSeries[],
	reference: { shown: readonly { year: number; value: number }[]; label: string },
	highlight: readonly string[],
	x: Scale,
	y: Scale,
	room: { gap: number; top: number; bottom: number }
) {
	const ends: {
		key: string;
		label: string;
		emphasis: Emphasis;
		year: number;
		value: number;
		reference: boolean;
	}[] = drawn.map((s) => ({
		key: s.key,
		label: s.label,
		emphasis: emphasis(highlight, s.iso3),
		year: s.points[s.points.length - 1].year,
		value: s.points[s.points.length - 1].value,
		reference: false
	}));
	// The reference line's label joins the dodge, so it never sits on a country's label.
	const lastReference = reference.shown[reference.shown.length - 1];
	if (reference.shown.length > 1 && reference.label) {
		ends.push({
			key: 'reference',
			label: reference.label,
			emphasis: undefined,
			...lastReference,
			reference: true
		});
	}
	const placed = dodge(
		ends.map((e) => y(e.value)),
		room.gap,
		room.top,
		room.bottom
	);
	return ends.map((e, i) => ({
		key: e.key,
		label: e.label,
		x: x(e.year) + 8,
		y: placed[i],
		pointY: y(e.value),
		reference: e.reference,
		emphasis: e.emphasis
	}));
}

/**
 * A line read aloud: first and last published values, how many points lie between, and each
 * change of method within it.
 */
export function describeLine(
	s: DrawnSeries,
	breaks: readonly MethodBreak[],
	breakLabel: string,
	text: ChartText
): string {
	const pts = s.points;
	const at = (p: Point) => {
		const note = text.note?.(p.iso3, p.year);
		return `${text.year(p.year)} ${text.value(p.value)}${note ? ` (${note})` : ''}`;
	};
	const ends =
		pts.length === 1
			? `${s.label}: ${at(pts[0])}`
			: `${s.label}: ${at(pts[0])} … ${at(pts[pts.length - 1])} (${pts.length})`;
	const changes = breaksWithin(pts, s.iso3, breaks).map(
		(b) => `; ${breakLabel} ${text.year(b.year)}`
	);
	return ends + changes.join('');
}
