/**
 * SDG datapoints files: which entities files decode their dimensions, and how a catalogue slice
 * turns their rows into candidates. SDG is the only source keyed by M49 code and by open-ended
 * dimensions, so its checks live here rather than beside the simpler sources.
 */
import { MEMBERS } from '../src/lib/countries/members';
import type { Extract, Sex } from './catalog/types';
import type { Candidate } from './extract-sources';
import { flagFromSdgNature, flagFromSdgStatus } from './flags';
import { readEntityNames } from './read/sdg';
import type { Readers, SourceFiles } from './readers';

const ISO3_BY_M49 = new Map(MEMBERS.map((m) => [String(Number(m.m49)), m.iso3 as string]));
const SDG_SEX: Record<string, Sex> = { BOTHSEX: 'total', FEMALE: 'female', MALE: 'male' };
// Row-level properties, not disaggregations: they become flags (or the sex column)
const ALWAYS_ALLOWED_SDG_DIMS = new Set(['nature', 'observation_status', 'sex']);

/** The entities files that may decode an SDG datapoints file's dimensions, by dimension. */
export function sdgEntityFiles(file: string): Record<string, string> {
	const dir = file.slice(0, file.lastIndexOf('/') + 1);
	const dims = /--by--(.+)\.csv$/.exec(file)?.[1].split('--') ?? [];
	const paths: Record<string, string> = {};
	for (const dim of dims) {
		if (dim !== 'geo_area' && dim !== 'year') paths[dim] = `${dir}ddf--entities--${dim}.csv`;
	}
	return paths;
}

export function sdgEntities(file: string, files: SourceFiles): Record<string, Map<string, string>> {
	const entities: Record<string, Map<string, string>> = {};
	for (const [dim, path] of Object.entries(sdgEntityFiles(file))) {
		if (files.exists(path)) entities[dim] = readEntityNames(files.table(path), path, dim);
	}
	return entities;
}

export function fromSdg(extract: Extract & { from: 'sdg' }, read: Readers): Candidate[] {
	const file = extract.file;
	const { dims, points } = read.sdg(file);
	const unsliced = dims.filter((d) => !ALWAYS_ALLOWED_SDG_DIMS.has(d) && !(d in extract.slice));
	if (unsliced.length > 0) {
		throw new Error(`${file}: catalogue slice does not fix dimension(s) ${unsliced.join(', ')}`);
	}
	const unknown = Object.keys(extract.slice).filter((d) => !dims.includes(d));
	if (unknown.length > 0)
		throw new Error(`${file}: slice names absent dimension(s) ${unknown.join(', ')}`);
	if (!dims.includes('sex') && !extract.sex) {
		throw new Error(`${file}: file has no sex dimension; set extract.sex in the catalogue`);
	}
	return points.flatMap((p) => {
		if (Object.entries(extract.slice).some(([dim, want]) => p.dims[dim] !== want)) return [];
		const where = `${file}:${p.line}`;
		const nature = p.dims.nature === undefined ? '' : flagFromSdgNature(p.dims.nature, where);
		if (nature === undefined) return [];
		const status = p.dims.observation_status;
		// Low reliability says more about the number than how it was produced, so it wins
		const flag = (status === undefined ? '' : flagFromSdgStatus(status, where)) || nature;
		let sex = extract.sex;
		if (dims.includes('sex') && !(p.dims.sex === 'NOTSPEC' && extract.sex)) {
			sex = SDG_SEX[p.dims.sex];
			if (!sex) throw new Error(`${where}: sex ${p.dims.sex} is not BOTHSEX, FEMALE or MALE`);
		}
		const iso3 = ISO3_BY_M49.get(p.geoArea) ?? `M49:${p.geoArea}`;
		return [{ iso3, year: p.year, sex: sex as Sex, value: p.value, flag, file, line: p.line }];
	});
}
