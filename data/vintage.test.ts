import Papa from 'papaparse';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog/index';
import type { IndicatorSpec } from './catalog/types';
import { LAST_YEAR } from './observation';
import { DEFAULT_OUT, DEFAULT_SOURCES } from './paths';
import { foundInRawFile, rawRows, type Row, sdgSliceRows } from './raw-trace';

const haveSources = existsSync(DEFAULT_SOURCES);
if (!haveSources)
	console.warn(`Skipping vintage tests: raw sources not found at ${DEFAULT_SOURCES}`);

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** Series renamed between the 2020 and the 2023 vintage (PROVENANCE.md, section 7) */
const RENAMED: Record<string, string> = {
	sh_sta_stunt: 'sh_sta_stnt',
	sh_sta_waste: 'sh_sta_wast',
	sh_sta_ovrwgt: 'sn_sta_ovwgt',
	sh_sta_mmr: 'sh_sta_mort'
};

function committedRows(): Map<string, Row[]> {
	const csv = readFileSync(join(DEFAULT_OUT, 'observations.csv'), 'utf8');
	const byId = new Map<string, Row[]>();
	for (const row of Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data) {
		byId.set(row.indicator_id, [...(byId.get(row.indicator_id) ?? []), row]);
	}
	return byId;
}

const seriesIn2023 = () =>
	new Set(
		readdirSync(join(DEFAULT_SOURCES, 'opennumbers_unstats_sdg_2023')).flatMap(
			(name) => /^ddf--datapoints--(.+?)--by--/.exec(name)?.[1] ?? []
		)
	);

/** The SDG series an indicator reads, lower-case as the open-numbers files name it. */
function sdgSeries(spec: IndicatorSpec): string | undefined {
	if (spec.extract.from === 'sdg')
		return /ddf--datapoints--(.+?)--by--/.exec(spec.extract.file)?.[1];
	// Gender-portal rows carry the SDG series code where the series is an SDG one
	if (
		spec.extract.from === 'tidy' &&
		/^[A-Z]{2}_[A-Z0-9]+_[A-Z0-9_]+$/.test(spec.extract.seriesCode)
	)
		return spec.extract.seriesCode.toLowerCase();
	return undefined;
}

describe.skipIf(!haveSources)('one vintage per indicator, the newest', () => {
	const committed = committedRows();
	const in2023 = CATALOG.filter((spec) => spec.source.vintage === '2023');

	it('reads the 2023 vintage for every SDG series it has, renamed codes included', () => {
		const available = seriesIn2023();
		const stale = CATALOG.filter((spec) => {
			const series = sdgSeries(spec);
			return (
				series !== undefined &&
				spec.source.vintage !== '2023' &&
				(available.has(series) || available.has(RENAMED[series] ?? ''))
			);
		}).map((spec) => spec.id);
		expect(stale).toEqual([]);
		expect(in2023.length).toBeGreaterThanOrEqual(20);
		for (const spec of in2023) {
			expect(spec.extract.from, spec.id).toBe('sdg');
			if (spec.extract.from === 'sdg') {
				expect(spec.extract.file.startsWith('opennumbers_unstats_sdg_2023/'), spec.id).toBe(true);
			}
		}
	});

	it('holds exactly the published values of the 2023 vintage, every row, both ways', () => {
		const wrong: string[] = [];
		for (const spec of in2023) {
			const last = Math.min(spec.extract.lastObservedYear ?? LAST_YEAR, LAST_YEAR);
			const expected = new Map(
				sdgSliceRows(spec)
					.filter(
						(r) => Number(r.year) <= last && r.nature !== 'N' && NUMBER.test(r.value) && r.sex
					)
					.map((r) => [`${r.iso3} ${r.year} ${r.sex}`, r.value])
			);
			const actual = new Map(
				(committed.get(spec.id) ?? []).map((r) => [`${r.iso3} ${r.year} ${r.sex}`, r.value])
			);
			expect(actual.size, spec.id).toBeGreaterThan(0);
			for (const [key, value] of expected) {
				if (actual.get(key) !== value)
					wrong.push(`${spec.id} ${key}: raw ${value}, committed ${actual.get(key)}`);
			}
			for (const key of actual.keys()) {
				if (!expected.has(key)) wrong.push(`${spec.id} ${key}: not in the raw file`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('names the vintage in catalog.json', () => {
		const catalog = JSON.parse(readFileSync(join(DEFAULT_OUT, 'catalog.json'), 'utf8'));
		for (const spec of in2023) {
			const entry = catalog.find((c: { id: string }) => c.id === spec.id);
			expect(entry.source.vintage, spec.id).toBe('2023');
			expect(entry.source.dataset, spec.id).toContain('2023');
		}
	});
});

describe.skipIf(!haveSources)('Disability Data Initiative indicators', () => {
	const committed = committedRows();
	const ddi = CATALOG.filter((spec) => spec.extract.from === 'ddi');

	it('trace every row to its raw row, value exactly as written', () => {
		const untraced = ddi.flatMap((spec) =>
			(committed.get(spec.id) ?? []).filter((row) => !foundInRawFile(spec, row))
		);
		expect(ddi.length).toBeGreaterThanOrEqual(20);
		expect(untraced).toEqual([]);
	});

	it('give each country the survey and year of its raw rows', () => {
		const catalog = JSON.parse(readFileSync(join(DEFAULT_OUT, 'catalog.json'), 'utf8'));
		const [header, ...rows] = rawRows('ddi_disability/ddi_asean_national.csv');
		const at = (name: string) => header.indexOf(name);
		for (const spec of ddi) {
			if (spec.extract.from !== 'ddi') continue;
			const { indicator, difficulty, populations } = spec.extract;
			const raw = rows.filter(
				(r) =>
					r[at('indicator')] === indicator &&
					r[at('difficulty')] === difficulty &&
					r[at('population')] === populations.total
			);
			const surveys = catalog.find((c: { id: string }) => c.id === spec.id).surveys;
			expect(Object.keys(surveys).length, spec.id).toBe(raw.length);
			for (const r of raw) {
				expect(surveys[r[at('iso3')]].code, spec.id).toBe(r[at('survey')]);
				expect(String(surveys[r[at('iso3')]].year), spec.id).toBe(r[at('year')]);
			}
		}
	});
});
