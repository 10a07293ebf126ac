import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Iso3 } from '$lib/countries/members';

/** Properties of every feature in static/data/asean-map.json. */
export interface MapProperties {
	/** UN M49 code as a zero-padded string, as world-atlas spells it */
	m49: string;
	/** Set for the 11 members; null for the grey neighbours drawn for context */
	iso3: Iso3 | null;
	name: string;
}

export type MapGeometry = Polygon | MultiPolygon;
export type MapFeature = Feature<MapGeometry, MapProperties>;
export type MapFeatureCollection = FeatureCollection<MapGeometry, MapProperties>;
