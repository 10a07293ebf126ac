import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MEMBERS } from '../src/lib/countries/members';
import { CATALOG } from './catalog/index';
import { SOURCE_DATASETS } from './catalog/sources';
import type { SourceFiles } from './extract';
import { FLAGS } from './flags';
import { DEFAULT_OUT, DEFAULT_SOURCES } from './paths';
import { type BuildResult, buildDataset } from './pipeline';
import { foundInRawFile, type Row } from './raw-trace';
import { sourceDirectory } from './source-dir';

const haveSources = existsSync(DEFAULT_SOURCES);
if (!haveSources) {
	console.warn(`Skipping dataset tests: raw sources not found at ${DEFAULT_SOURCES}`);
}

describe.skipIf(!haveSources)(
	'dataset built from ../shared/data/sources',
	{ timeout: 60_000 },
	() => {
		let fresh: BuildResult;
		let sources: SourceFiles;
		beforeAll(async () => {
			sources = await sourceDirectory(
				DEFAULT_SOURCES,
				CATALOG.map((spec) => spec.extract)
			);
			fresh = buildDataset(CATALOG, sources, SOURCE_DATASETS);
		}, 60_000);

		it('matches the committed static/data byte for byte (run `npm run data:build` if not)', () => {
			for (const [name, bytes] of fresh.files) {
				const path = join(DEFAULT_OUT, name);
				expect(existsSync(path), `${path} is missing`).toBe(true);
				expect(
					Buffer.from(bytes).equals(readFileSync(path)),
					`${name} differs from a fresh build`
				).toBe(true);
			}
		});

		it('is deterministic on the real sources, files read afresh', async () => {
			const again = buildDataset(
				CATALOG,
				await sourceDirectory(
					DEFAULT_SOURCES,
					CATALOG.map((spec) => spec.extract)
				),
				SOURCE_DATASETS
			);
			for (const [name, bytes] of fresh.files) {
				expect(Buffer.from(again.files.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
			}
		});

		it('keeps the observations contract: members only, no year after 2024, sorted, unique, numeric', () => {
			const csv = new TextDecoder().decode(fresh.files.get('observations.csv'));
			const lines = csv.split('\n');
			expect(lines[0]).toBe('indicator_id,iso3,year,sex,value,flag');
			expect(lines.at(-1)).toBe('');
			const members = new Set(MEMBERS.map((m) => m.iso3 as string));
			const sexes = new Set(['total', 'female', 'male']);
			const broken: string[] = [];
			const keys = lines.slice(1, -1).map((line) => {
				const [id, iso3, year, sex, value, flag] = line.split(',');
				const ok =
					members.has(iso3) &&
					/^\d{4}$/.test(year) &&
					Number(year) <= 2024 &&
					sexes.has(sex) &&
					value.trim() !== '' &&
					Number.isFinite(Number(value)) &&
					(flag === '' || flag in FLAGS);
				if (!ok) broken.push(line);
				return `${id},${iso3},${year},${sex}`;
			});
			expect(broken).toEqual([]);
			expect(new Set(keys).size).toBe(keys.length);
			expect([...keys].sort()).toEqual(keys);
			const ids = new Set(keys.map((k) => k.split(',')[0]));
			for (const spec of CATALOG) expect(ids.has(spec.id), spec.id).toBe(true);
		});

		it('traces every 50th row (fixed offset) to its raw source row, value exactly as written', () => {
			const csv = new TextDecoder().decode(fresh.files.get('observations.csv'));
			const rows = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;
			const specs = new Map(CATALOG.map((spec) => [spec.id, spec]));
			const sample = rows.filter((_, i) => i % 50 === 17);
			expect(sample.length).toBeGreaterThan(100);
			const untraced = sample.filter((row) => !foundInRawFile(specs.get(row.indicator_id)!, row));
			expect(untraced).toEqual([]);
		});
	}
);
