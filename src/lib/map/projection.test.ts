import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import {
	fitProjection,
	MAP_PADDING,
	memberFeatures,
	naturalHeight,
	smallStateMarkers
} from './projection';
import type { MapFeatureCollection } from './types';

const map = JSON.parse(
	readFileSync(resolve(process.cwd(), 'static/data/asean-map.json'), 'utf8')
) as MapFeatureCollection;
const members = { type: 'FeatureCollection', features: memberFeatures(map) } as const;

function markersAt(width: number) {
	const path = geoPath(fitProjection(map, width, naturalHeight(map, width)));
	return smallStateMarkers(memberFeatures(map), path);
}

describe('fitProjection', () => {
	it('fits the members inside the padding, touching it on one axis', () => {
		const projection = fitProjection(map, 800, 500);
		const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(members);
		expect(x0).toBeGreaterThanOrEqual(MAP_PADDING - 0.5);
		expect(y0).toBeGreaterThanOrEqual(MAP_PADDING - 0.5);
		expect(x1).toBeLessThanOrEqual(800 - MAP_PADDING + 0.5);
		expect(y1).toBeLessThanOrEqual(500 - MAP_PADDING + 0.5);
		const touchesX = Math.abs(x0 - MAP_PADDING) < 1 && Math.abs(x1 - (800 - MAP_PADDING)) < 1;
		const touchesY = Math.abs(y0 - MAP_PADDING) < 1 && Math.abs(y1 - (500 - MAP_PADDING)) < 1;
		expect(touchesX || touchesY).toBe(true);
	});

	it('puts Thailand west of the Philippines and north of Indonesia', () => {
		const path = geoPath(fitProjection(map, 800, 600));
		const centroid = (iso3: string) =>
			path.centroid(map.features.find((f) => f.properties.iso3 === iso3)!);
		expect(centroid('THA')[0]).toBeLessThan(centroid('PHL')[0]);
		expect(centroid('THA')[1]).toBeLessThan(centroid('IDN')[1]);
	});
});

describe('naturalHeight', () => {
	it('gives the height at which the members fill the width', () => {
		const height = naturalHeight(map, 800);
		expect(height).toBeGreaterThan(500);
		expect(height).toBeLessThan(800);
		const [[x0, y0], [x1, y1]] = geoPath(fitProjection(map, 800, height)).bounds(members);
		expect(x1 - x0).toBeCloseTo(800 - 2 * MAP_PADDING, 0);
		expect(y1 - y0).toBeLessThanOrEqual(height - 2 * MAP_PADDING + 1);
	});
});

describe('smallStateMarkers', () => {
	it('marks Singapore and Brunei at dashboard size, and no large member', () => {
		expect(markersAt(720).map((m) => m.iso3)).toEqual(['BRN', 'SGP']);
	});

	it('marks more members on a phone, fewer on a wall', () => {
		expect(markersAt(320).map((m) => m.iso3)).toContain('TLS');
		expect(markersAt(3000).map((m) => m.iso3)).toEqual(['SGP']);
	});

	it('places each dot on its country, with Brunei labelled towards the sea', () => {
		const width = 720;
		const path = geoPath(fitProjection(map, width, naturalHeight(map, width)));
		for (const marker of smallStateMarkers(memberFeatures(map), path)) {
			const f = map.features.find((g) => g.properties.iso3 === marker.iso3)!;
			const [[x0, y0], [x1, y1]] = path.bounds(f);
			expect(marker.x).toBeGreaterThanOrEqual(x0);
			expect(marker.x).toBeLessThanOrEqual(x1);
			expect(marker.y).toBeGreaterThanOrEqual(y0);
			expect(marker.y).toBeLessThanOrEqual(y1);
			expect(marker.side).toBe(marker.iso3 === 'BRN' ? 'left' : 'right');
		}
	});
});
