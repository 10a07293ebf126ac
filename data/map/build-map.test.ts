import { existsSync, readFileSync } from 'node:fs';
import { geoArea } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { MEMBERS } from '../../src/lib/countries/members';
import type { MapFeatureCollection } from '../../src/lib/map/types';
import { MAP_FILE, readAtlas } from './build-map';
import { buildRegionMap, serializeMap } from './region';
import { roundLine, simplifyLine, type Point } from './simplify';

const atlas = readAtlas();
const built = buildRegionMap(atlas);

describe('asean-map.json', () => {
	it('is byte-identical to a fresh build (run `npx tsx data/map/build-map.ts` after a change)', () => {
		expect(existsSync(MAP_FILE)).toBe(true);
		expect(readFileSync(MAP_FILE, 'utf8')).toBe(serializeMap(built));
	});

	it('holds every member once, with the ids world-atlas uses', () => {
		const members = built.features.filter((f) => f.properties.iso3 !== null);
		expect(members.map((f) => [f.properties.iso3, f.properties.m49]).sort()).toEqual(
			MEMBERS.map((m) => [m.iso3, m.m49]).sort()
		);
	});

	it('keeps the neighbours as grey context and nothing far away', () => {
		const names = built.features
			.filter((f) => f.properties.iso3 === null)
			.map((f) => f.properties.name);
		expect(names).toEqual(
			expect.arrayContaining(['China', 'India', 'Papua New Guinea', 'Australia'])
		);
		expect(names).not.toContain('France');
		expect(names).not.toContain('Nepal');
	});

	it('has closed rings of four or more positions', () => {
		for (const f of built.features) {
			const polygons =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const ring of polygons.flat()) {
				expect(ring.length).toBeGreaterThanOrEqual(4);
				expect(ring[0]).toEqual(ring[ring.length - 1]);
			}
		}
	});

	// A ring whose winding flipped makes d3-geo fill the rest of the sphere: the area would explode.
	it('keeps each member within 3% of its area in the source atlas', () => {
		const source = feature(atlas, atlas.objects.countries) as unknown as MapFeatureCollection;
		for (const m of MEMBERS) {
			const before = source.features.find((f) => String(f.id) === m.m49) as Feature<
				Polygon | MultiPolygon
			>;
			const after = built.features.find((f) => f.properties.m49 === m.m49)!;
			expect(Math.abs(geoArea(after) / geoArea(before) - 1), m.iso3).toBeLessThan(0.03);
		}
	});

	it('has no feature covering half the sphere (a ring wound the wrong way)', () => {
		for (const f of built.features) expect(geoArea(f), f.properties.name).toBeLessThan(0.5);
	});

	it('stays small enough for the first view', () => {
		expect(serializeMap(built).length).toBeLessThan(150_000);
	});
});

describe('simplifyLine', () => {
	it('keeps both ends and drops points within the tolerance', () => {
		const line: Point[] = [
			[0, 0],
			[1, 0.001],
			[2, 0],
			[3, 1]
		];
		expect(simplifyLine(line, 0.01)).toEqual([
			[0, 0],
			[2, 0],
			[3, 1]
		]);
	});

	it('splits a closed ring at its farthest point', () => {
		const square: Point[] = [
			[0, 0],
			[0, 1],
			[1, 1],
			[1, 0],
			[0, 0]
		];
		expect(simplifyLine(square, 0.1)).toEqual(square);
	});
});

describe('roundLine', () => {
	it('drops points that rounding made repeat but keeps two ends', () => {
		expect(
			roundLine(
				[
					[1.001, 2.001],
					[1.002, 2.002]
				],
				2
			)
		).toEqual([
			[1, 2],
			[1, 2]
		]);
	});
});
