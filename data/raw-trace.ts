/**
 * For tests: the raw source files read with Papa Parse, a different parser from the pipeline's
 * DuckDB reader, and decoded here without the pipeline's code, so tracing checks are independent.
 */
import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MEMBERS } from '../src/lib/countries/members';
import type { IndicatorSpec, Sex } from './catalog/types';
import { DEFAULT_SOURCES } from './paths';

const rawCache = new Map<string, string[][]>();

export function rawRows(path: string): string[][] {
	let rows = rawCache.get(path);
	if (!rows) {
		const text = readFileSync(join(DEFAULT_SOURCES, path), 'utf8').replace(/^\uFEFF/, '');
		rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
		rawCache.set(path, rows);
	}
	return rows;
}

const M49 = new Map(MEMBERS.map((m) => [m.iso3 as string, String(Number(m.m49))]));
export const ISO3_BY_M49 = new Map([...M49].map(([iso3, m49]) => [m49, iso3]));
const SDG_SEX: Record<Sex, string> = { total: 'bothsex', female: 'female', male: 'male' };
const SEX_BY_SDG = new Map(Object.entries(SDG_SEX).map(([sex, code]) => [code, sex as Sex]));
const PORTAL_SEX: Record<Sex, string> = { total: '_T', female: 'F', male: 'M' };

export interface Row {
	indicator_id: string;
	iso3: string;
	year: string;
	sex: Sex;
	value: string;
	flag: string;
}

/** Raw code → SDG name for one dimension, from the entities file beside the data if any. */
function sdgDecoder(file: string, dim: string): (code: string) => string {
	const path = `${file.slice(0, file.lastIndexOf('/'))}/ddf--entities--${dim}.csv`;
	if (!existsSync(join(DEFAULT_SOURCES, path))) return (code) => code.toUpperCase();
	const [header, ...rows] = rawRows(path);
	const names = new Map(rows.map((r) => [r[header.indexOf(dim)], r[header.indexOf('name')]]));
	return (code) => names.get(code) ?? `?${code}`;
}

/** An SDG file's raw rows in the catalogue slice, with their country, year and sex. */
export function sdgSliceRows(spec: IndicatorSpec) {
	const extract = spec.extract;
	if (extract.from !== 'sdg') throw new Error(`${spec.id} is not an SDG extract`);
	const [header, ...rows] = rawRows(extract.file);
	const at = (name: string) => header.indexOf(name);
	const decoders = Object.keys(extract.slice).map(
		(dim) => [at(dim), sdgDecoder(extract.file, dim), extract.slice[dim]] as const
	);
	const nature = at('nature') < 0 ? undefined : sdgDecoder(extract.file, 'nature');
	return rows.flatMap((r) => {
		const iso3 = ISO3_BY_M49.get(r[at('geo_area')]);
		if (!iso3 || !decoders.every(([i, decode, want]) => decode(r[i]) === want)) return [];
		const sexCode = at('sex') < 0 ? 'notspec' : r[at('sex')];
		const sex = sexCode === 'notspec' ? extract.sex : SEX_BY_SDG.get(sexCode);
		return [
			{
				iso3,
				year: r[at('year')],
				sex,
				value: r[header.length - 1].trim(),
				nature: nature ? nature(r[at('nature')]) : ''
			}
		];
	});
}

/** Does the raw file hold this value, exactly as written, in the row for this country, year and sex? */
export function foundInRawFile(spec: IndicatorSpec, row: Row): boolean {
	const extract = spec.extract;
	const same = (field: string | undefined) => field !== undefined && field.trim() === row.value;
	switch (extract.from) {
		case 'gapminder': {
			const rows = rawRows(extract.files[row.sex]!);
			return rows.some((r) => r[0] === row.iso3.toLowerCase() && r[1] === row.year && same(r[2]));
		}
		case 'undp-hdr': {
			const [header, ...rows] = rawRows(extract.file);
			const column = header.indexOf(`${extract.columns[row.sex]}_${row.year}`);
			return column >= 0 && rows.some((r) => r[0] === row.iso3 && same(r[column]));
		}
		case 'sdg':
			return sdgSliceRows(spec).some(
				(r) => r.iso3 === row.iso3 && r.year === row.year && r.sex === row.sex && same(r.value)
			);
		case 'tidy': {
			const [header, ...rows] = rawRows(extract.file);
			const at = (name: string) => header.indexOf(name);
			return rows.some(
				(r) =>
					r[at('series_code')] === extract.seriesCode &&
					r[at('iso3')] === row.iso3 &&
					r[at('year')] === row.year &&
					(r[at('sex')] === PORTAL_SEX[row.sex] || r[at('sex')] === '') &&
					same(r[at('value')])
			);
		}
		case 'ddi': {
			const [header, ...rows] = rawRows(extract.file);
			const at = (name: string) => header.indexOf(name);
			return rows.some(
				(r) =>
					r[at('iso3')] === row.iso3 &&
					r[at('indicator')] === extract.indicator &&
					r[at('difficulty')] === extract.difficulty &&
					r[at('population')] === extract.populations[row.sex] &&
					r[at('year')] === row.year &&
					same(r[at('value')])
			);
		}
	}
}
