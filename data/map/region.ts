import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { MEMBERS, type Iso3 } from '../../src/lib/countries/members';
import type { MapFeature, MapFeatureCollection } from '../../src/lib/map/types';
import { roundLine, ringArea, simplifyLine, type Point } from './simplify';
import { boxesIntersect, boxOf, decodeArcs, ringPoints, type Box } from './topology';

export interface RegionOptions {
	/** Countries reaching into this box are kept; neighbours lose polygons lying wholly outside it */
	box: Box;
	/** Douglas–Peucker tolerance in degrees */
	tolerance: number;
	/** Decimals kept in each coordinate */
	decimals: number;
	/** Polygons and holes smaller than this, in square degrees, are dropped */
	minArea: number;
}

// 0.02° is about a third of a pixel on a 1000 px wide map of the region, and 2 decimals are
// about a kilometre: nothing visible is lost at dashboard sizes.
export const ASEAN_REGION: RegionOptions = {
	box: [
		[90, -12],
		[142, 29]
	],
	tolerance: 0.02,
	decimals: 2,
	minArea: 0.003
};

export type CountriesTopology = Topology<{
	countries: GeometryCollection<{ name: string }>;
}>;

type Country = Polygon<{ name: string }> | MultiPolygon<{ name: string }>;

const memberByM49 = new Map(MEMBERS.map((m) => [m.m49, m]));

/**
 * Cuts the ASEAN region out of world-atlas's countries topology as GeoJSON: the 11 members and
 * every neighbour reaching into the box, simplified and rounded. Arcs are simplified once, before
 * rings are assembled, so neighbours keep sharing identical borders.
 */
export function buildRegionMap(
	topology: CountriesTopology,
	options: RegionOptions = ASEAN_REGION
): MapFeatureCollection {
	const source = decodeArcs(topology);
	const simplified = source.map((arc) =>
		roundLine(simplifyLine(arc, options.tolerance), options.decimals)
	);
	const features: MapFeature[] = [];
	for (const geometry of topology.objects.countries.geometries) {
		// "Indian Ocean Ter." and a few others have no M49 id in world-atlas: nothing to join on.
		if (geometry.id === undefined) continue;
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
		const country = geometry as Country;
		const m49 = String(country.id);
		const member = memberByM49.get(m49);
		const polygons = country.type === 'Polygon' ? [country.arcs] : country.arcs;
		const inBox = polygons.filter((rings) =>
			boxesIntersect(boxOf(ringPoints(rings[0], source)), options.box)
		);
		if (inBox.length === 0 && !member) continue;
		const kept = (member ? polygons : inBox).flatMap((rings) => {
			const polygon = keptRings(rings, source, simplified, options.minArea);
			return polygon ? [polygon] : [];
		});
		if (kept.length === 0 && member) {
			throw new Error(`${member.iso3} lost every polygon: lower ASEAN_REGION.minArea`);
		}
		// Neighbours too small to see (Macao) are left out.
		if (kept.length === 0) continue;
		features.push({
			type: 'Feature',
			properties: {
				m49,
				iso3: member ? (member.iso3 satisfies Iso3) : null,
				name: member ? member.name.en : (country.properties?.name ?? m49)
			},
			geometry:
				kept.length === 1
					? { type: 'Polygon', coordinates: kept[0] }
					: { type: 'MultiPolygon', coordinates: kept }
		});
	}
	features.sort((a, b) => (a.properties.m49 < b.properties.m49 ? -1 : 1));
	return { type: 'FeatureCollection', features };
}

/**
 * The simplified rings of one polygon, or null when its outer ring became too small or lost its
 * winding (d3-geo would then fill the rest of the globe). Holes that fail the same test go.
 */
function keptRings(
	rings: readonly number[][],
	source: readonly Point[][],
	simplified: readonly Point[][],
	minArea: number
): Point[][] | null {
	const out: Point[][] = [];
	for (const [k, ring] of rings.entries()) {
		const points = ringPoints(ring, simplified);
		const area = ringArea(points);
		const sameWinding = Math.sign(area) === Math.sign(ringArea(ringPoints(ring, source)));
		const valid = points.length >= 4 && Math.abs(area) >= minArea && sameWinding;
		if (!valid && k === 0) return null;
		if (valid) out.push(points);
	}
	return out;
}

/** One feature per line, so a changed country shows up as a changed line in a diff. */
export function serializeMap(map: MapFeatureCollection): string {
	const lines = map.features.map((f) => JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
