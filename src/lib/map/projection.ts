import { geoAzimuthalEqualArea, geoPath, type GeoPath, type GeoProjection } from 'd3';
import type { Iso3 } from '$lib/countries/members';
import type { MapFeature, MapFeatureCollection } from './types';

/**
 * Lambert azimuthal equal-area centred on the region: a choropleth asks the eye to compare areas,
 * so they stay true, and within 25° of the centre shapes bend by a few percent at most. (Equal
 * Earth stretches the tropics a third taller; Mercator inflates Myanmar against Indonesia.)
 */
const CENTRE: [number, number] = [117, 8];

/** Space kept free around the members, in pixels */
export const MAP_PADDING = 8;

/** Below this on-screen area, in square pixels, a member also gets a marker that can be seen and hit. */
export const SMALL_STATE_AREA = 200;

export function memberFeatures(map: MapFeatureCollection): MapFeature[] {
	return map.features.filter((f) => f.properties.iso3 !== null);
}

function regionProjection(): GeoProjection {
	return geoAzimuthalEqualArea().rotate([-CENTRE[0], -CENTRE[1]]);
}

function membersOnly(map: MapFeatureCollection): MapFeatureCollection {
	return { type: 'FeatureCollection', features: memberFeatures(map) };
}

/** A projection that fits the 11 members (not the grey neighbours) into width × height. */
export function fitProjection(
	map: MapFeatureCollection,
	width: number,
	height: number,
	padding = MAP_PADDING
): GeoProjection {
	const inner = Math.max(1, width - 2 * padding);
	const innerHeight = Math.max(1, height - 2 * padding);
	return regionProjection().fitExtent(
		[
			[padding, padding],
			[padding + inner, padding + innerHeight]
		],
		membersOnly(map)
	);
}

/** The height at which the members fill the given width exactly. */
export function naturalHeight(map: MapFeatureCollection, width: number, padding = MAP_PADDING) {
	const members = membersOnly(map);
	const projection = regionProjection().fitWidth(Math.max(1, width - 2 * padding), members);
	const [[, top], [, bottom]] = geoPath(projection).bounds(members);
	return Math.ceil(bottom - top + 2 * padding);
}

export interface Marker {
	iso3: Iso3;
	x: number;
	y: number;
	/** Which side of the dot the name goes, towards open sea */
	side: 'left' | 'right';
}

// Brunei's name to the right would cover Sabah; to the left it lies over the South China Sea.
const LEFT_LABELS: ReadonlySet<Iso3> = new Set<Iso3>(['BRN']);

/** Dots for members too small to see or click at this size, at their centroids. */
export function smallStateMarkers(
	features: readonly MapFeature[],
	path: GeoPath,
	minArea = SMALL_STATE_AREA
): Marker[] {
	return features.flatMap((f) => {
		const iso3 = f.properties.iso3;
		if (iso3 === null || path.area(f) >= minArea) return [];
		const [x, y] = path.centroid(f);
		return [{ iso3, x, y, side: LEFT_LABELS.has(iso3) ? 'left' : 'right' }];
	});
}
