import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_OUT, PROJECT_ROOT } from '../paths';
import { buildRegionMap, serializeMap, type CountriesTopology } from './region';

/** world-atlas 50m: the 110m file has no Singapore. */
export const ATLAS_FILE = resolve(PROJECT_ROOT, 'node_modules/world-atlas/countries-50m.json');
export const MAP_FILE = resolve(DEFAULT_OUT, 'asean-map.json');

export function readAtlas(file = ATLAS_FILE): CountriesTopology {
	return JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
}

function main(): void {
	const map = buildRegionMap(readAtlas());
	const text = serializeMap(map);
	writeFileSync(MAP_FILE, text);
	const members = map.features.filter((f) => f.properties.iso3 !== null).length;
	console.log(
		`${map.features.length} countries (${members} members) → ${MAP_FILE}: ${Buffer.byteLength(text)} bytes`
	);
}

// Run as a script (npx tsx data/map/build-map.ts), not when a test imports the paths above.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) main();
