import { MEMBERS } from '../src/lib/countries/members';
import type { Extract, IndicatorSpec, Sex } from './catalog/types';
import { flagFromPortalNature, flagFromSdgNature, flagFromSdgStatus } from './flags';
import { LAST_YEAR, type Observation } from './observation';
import { conceptFromFileName, readDdfPoints } from './read/ddf';
import { readDdiRows } from './read/ddi';
import { readTidyRows } from './read/gender-portal';
import { readEntityNames, readSdgPoints } from './read/sdg';
import type { CsvTable } from './read/table';
import { meltHdrColumn } from './read/undp-hdr';

/** Raw files already read (by DuckDB, all text), by path relative to the sources directory. */
export interface SourceFiles {
	table(path: string): CsvTable;
	exists(path: string): boolean;
}

/**
 * Readers over the raw files, each file decoded at most once per build: the gender-portal file
 * alone feeds some twenty indicators.
 */
export function createReaders(files: SourceFiles) {
	const memo = new Map<string, unknown>();
	const once = <T>(key: string, make: () => T): T => {
		if (!memo.has(key)) memo.set(key, make());
		return memo.get(key) as T;
	};
	return {
		ddf: (path: string) =>
			once(`ddf:${path}`, () => readDdfPoints(files.table(path), path, conceptFromFileName(path))),
		hdr: (path: string, column: string) => meltHdrColumn(files.table(path), path, column),
		sdg: (path: string) =>
			once(`sdg:${path}`, () => readSdgPoints(files.table(path), path, sdgEntities(path, files))),
		tidy: (path: string) => once(`tidy:${path}`, () => readTidyRows(files.table(path), path)),
		ddi: (path: string) => once(`ddi:${path}`, () => readDdiRows(files.table(path), path))
	};
}

export type Readers = ReturnType<typeof createReaders>;

/** A value found in a raw file before the dataset rules are applied. */
interface Candidate {
	iso3: string;
	year: number;
	sex: Sex;
	value: string;
	flag: string;
	file: string;
	line: number;
	/** The survey the value comes from, where the source names one per row (DDI) */
	survey?: string;
}

export interface ExtractResult {
	observations: Observation[];
	/** Rows read but not kept, by reason, so the build log shows what was cut */
	dropped: Record<string, number>;
}

const ISO3 = new Set<string>(MEMBERS.map((m) => m.iso3));
const ISO3_BY_M49 = new Map(MEMBERS.map((m) => [String(Number(m.m49)), m.iso3 as string]));
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const SDG_SEX: Record<string, Sex> = { BOTHSEX: 'total', FEMALE: 'female', MALE: 'male' };
const PORTAL_SEX: Record<string, Sex> = { _T: 'total', F: 'female', M: 'male' };
// Row-level properties, not disaggregations: they become flags (or the sex column)
const ALWAYS_ALLOWED_SDG_DIMS = new Set(['nature', 'observation_status', 'sex']);

/** Every raw file an extract reads, relative to the sources directory. */
export function extractFiles(extract: Extract): string[] {
	switch (extract.from) {
		case 'gapminder':
			return Object.values(extract.files);
		case 'undp-hdr':
		case 'sdg':
		case 'tidy':
		case 'ddi':
			return [extract.file];
	}
}

/** Strips only surrounding whitespace and quotes; the digits are never re-printed. */
export function cleanValue(raw: string): string {
	return raw
		.trim()
		.replace(/^["']+|["']+$/g, '')
		.trim();
}

function fromGapminder(extract: Extract & { from: 'gapminder' }, read: Readers): Candidate[] {
	return (Object.entries(extract.files) as [Sex, string][]).flatMap(([sex, file]) =>
		read.ddf(file).map((p) => ({
			iso3: p.geo.toUpperCase(),
			year: p.year,
			sex,
			value: p.value,
			flag: '',
			file,
			line: p.line
		}))
	);
}

function fromHdr(extract: Extract & { from: 'undp-hdr' }, read: Readers): Candidate[] {
	return (Object.entries(extract.columns) as [Sex, string][]).flatMap(([sex, column]) =>
		read.hdr(extract.file, column).map((p) => ({
			iso3: p.iso3.toUpperCase(),
			year: p.year,
			sex,
			value: p.value,
			flag: '',
			file: extract.file,
			line: p.line
		}))
	);
}

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

function sdgEntities(file: string, files: SourceFiles): Record<string, Map<string, string>> {
	const entities: Record<string, Map<string, string>> = {};
	for (const [dim, path] of Object.entries(sdgEntityFiles(file))) {
		if (files.exists(path)) entities[dim] = readEntityNames(files.table(path), path, dim);
	}
	return entities;
}

/** Every raw file a catalogue reads, entities files included where they exist, in a fixed order. */
export function requiredFiles(
	extracts: readonly Extract[],
	exists: (path: string) => boolean
): string[] {
	const paths = new Set<string>();
	for (const extract of extracts) {
		for (const file of extractFiles(extract)) {
			paths.add(file);
			if (extract.from !== 'sdg') continue;
			for (const entities of Object.values(sdgEntityFiles(file))) {
				if (exists(entities)) paths.add(entities);
			}
		}
	}
	return [...paths];
}

function fromSdg(extract: Extract & { from: 'sdg' }, read: Readers): Candidate[] {
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

function fromTidy(extract: Extract & { from: 'tidy' }, read: Readers): Candidate[] {
	const file = extract.file;
	const rows = read
		.tidy(file)
		.filter(
			(r) =>
				r.seriesCode === extract.seriesCode &&
				(extract.disabilityStatus === undefined ||
					r.disabilityStatus === extract.disabilityStatus) &&
				(extract.age === undefined || r.age === extract.age) &&
				Object.entries(extract.note ?? {}).every(([key, want]) => r.note[key] === want)
		);
	return rows.map((r) => {
		const where = `${file}:${r.line}`;
		if (!/^\d{4}$/.test(r.year)) {
			throw new Error(
				`${where}: year "${r.year}" is not a single year; exclude the row in the catalogue`
			);
		}
		const sex = r.sex === '' ? extract.sex : PORTAL_SEX[r.sex];
		if (!sex) throw new Error(`${where}: sex "${r.sex}" is not _T, F or M and no default is set`);
		return {
			iso3: r.iso3.toUpperCase(),
			year: Number(r.year),
			sex,
			value: r.value,
			flag: flagFromPortalNature(r.note, where),
			file,
			line: r.line
		};
	});
}

function fromDdi(extract: Extract & { from: 'ddi' }, read: Readers): Candidate[] {
	const sexByPopulation = new Map(
		(Object.entries(extract.populations) as [Sex, string][]).map(([sex, p]) => [p, sex])
	);
	return read
		.ddi(extract.file)
		.filter(
			(r) =>
				r.indicator === extract.indicator &&
				r.difficulty === extract.difficulty &&
				sexByPopulation.has(r.population)
		)
		.map((r) => {
			const where = `${extract.file}:${r.line}`;
			if (!/^\d{4}$/.test(r.year)) throw new Error(`${where}: year "${r.year}" is not a year`);
			if (!r.survey.endsWith(`_${r.year}`)) {
				throw new Error(`${where}: survey ${r.survey} does not end in its year ${r.year}`);
			}
			return {
				iso3: r.iso3.toUpperCase(),
				year: Number(r.year),
				sex: sexByPopulation.get(r.population)!,
				value: r.value,
				flag: '',
				file: extract.file,
				line: r.line,
				survey: r.survey
			};
		});
}

function candidatesFor(extract: Extract, read: Readers): Candidate[] {
	switch (extract.from) {
		case 'gapminder':
			return fromGapminder(extract, read);
		case 'undp-hdr':
			return fromHdr(extract, read);
		case 'sdg':
			return fromSdg(extract, read);
		case 'tidy':
			return fromTidy(extract, read);
		case 'ddi':
			return fromDdi(extract, read);
	}
}

/**
 * Applies the dataset rules to one indicator: ASEAN members only, no year after the series' last
 * observed year (never after 2024), gaps stay gaps, text is never a value, and a slice that
 * yields two values for one country/year/sex stops the build.
 */
export function extractIndicator(spec: IndicatorSpec, read: Readers): ExtractResult {
	const lastYear = Math.min(spec.extract.lastObservedYear ?? LAST_YEAR, LAST_YEAR);
	const firstYear = spec.extract.firstYear ?? -Infinity;
	const dropped: Record<string, number> = {};
	const drop = (reason: string) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
	const seen = new Map<string, Candidate>();
	const observations: Observation[] = [];
	for (const c of candidatesFor(spec.extract, read)) {
		if (!ISO3.has(c.iso3)) continue;
		if (c.year > lastYear) {
			drop(`after ${lastYear}`);
			continue;
		}
		if (c.year < firstYear) {
			drop(`before ${firstYear}`);
			continue;
		}
		const value = cleanValue(c.value);
		if (value === '') {
			drop('empty');
			continue;
		}
		if (!NUMBER.test(value)) {
			drop(`not a number ("${value}")`);
			continue;
		}
		const key = `${c.iso3}|${c.year}|${c.sex}`;
		const earlier = seen.get(key);
		if (earlier) {
			throw new Error(
				`${spec.id}: two values for ${c.iso3} ${c.year} ${c.sex} (${earlier.file}:${earlier.line} and ` +
					`${c.file}:${c.line}); narrow the slice in the catalogue`
			);
		}
		seen.set(key, c);
		observations.push({
			indicatorId: spec.id,
			iso3: c.iso3,
			year: c.year,
			sex: c.sex,
			value,
			flag: spec.extract.flag ?? c.flag,
			file: c.file,
			line: c.line,
			...(c.survey ? { survey: c.survey } : {})
		});
	}
	return { observations, dropped };
}
