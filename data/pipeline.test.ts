import { tableFromIPC } from 'apache-arrow';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceFiles } from './extract';
import { SOURCE_DATASETS } from './catalog/sources';
import { FIXTURE_CATALOG } from './fixtures/catalog';
import { buildDataset } from './pipeline';
import { sourceDirectory } from './source-dir';

const FIXTURE_SOURCES = join(import.meta.dirname, 'fixtures/sources');
let sources: SourceFiles;
beforeAll(async () => {
	sources = await sourceDirectory(
		FIXTURE_SOURCES,
		FIXTURE_CATALOG.map((spec) => spec.extract)
	);
});
const build = () => buildDataset(FIXTURE_CATALOG, sources, SOURCE_DATASETS);
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('buildDataset on the fixture sources', () => {
	it('writes every rule-abiding row, sorted, with source text kept as written', () => {
		expect(text(build().files.get('observations.csv'))).toBe(
			[
				'indicator_id,iso3,year,sex,value,flag',
				'fx-child-marriage,MMR,2016,female,16.0,',
				'fx-child-marriage,PHL,2017,female,15.5,estimate',
				'fx-completion,IDN,2018,total,95.10,',
				'fx-disability-prevalence,THA,2021,total,3.1,',
				'fx-employment-with,KHM,2019,female,55.25,',
				'fx-employment-with,KHM,2019,total,60.123456789,',
				'fx-employment-with,VNM,2019,total,45.0,',
				'fx-employment-without,KHM,2019,total,80.5,',
				'fx-gii,THA,2021,total,0.300,',
				'fx-gii,THA,2022,total,0.310,',
				'fx-gii,VNM,2022,total,0.380,',
				'fx-labour-force,KHM,2022,female,75.5,',
				'fx-labour-force,KHM,2022,male,85.0,',
				'fx-labour-force,SGP,2023,female,60.25,',
				'fx-labour-force,SGP,2023,male,76.10,',
				'fx-life-expectancy,THA,2021,female,82.10,',
				'fx-life-expectancy,THA,2021,male,74.90,',
				'fx-life-expectancy,THA,2021,total,78.50,',
				'fx-life-expectancy,VNM,2021,female,78.00,',
				'fx-life-expectancy,VNM,2021,male,69.10,',
				'fx-life-expectancy,VNM,2021,total,73.60,',
				'fx-overweight-2023,LAO,2022,total,3.5,modelled',
				'fx-overweight-2023,PHL,2021,total,4.20,low-reliability',
				'fx-pension,BRN,2019,female,78.5,estimate',
				'fx-pension,BRN,2019,male,81.5,',
				'fx-pension,BRN,2019,total,80.0,estimate',
				'fx-population,THA,1950,total,20000000,',
				'fx-population,THA,2023,total,70000000,',
				'fx-stunting,LAO,2017,total,30.00,',
				''
			].join('\n')
		);
	});

	it('is deterministic: two builds give byte-identical files', () => {
		const first = build().files;
		const second = build().files;
		expect([...second.keys()]).toEqual([...first.keys()]);
		for (const [name, bytes] of first)
			expect(Buffer.from(second.get(name)!).equals(Buffer.from(bytes))).toBe(true);
	});

	it('writes the same rows to Arrow, with typed columns and null flags', () => {
		const { files, observations } = build();
		const table = tableFromIPC(files.get('observations.arrow')!);
		expect(table.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
			'indicator_id:Utf8',
			'iso3:Utf8',
			'year:Int32',
			'sex:Utf8',
			'value:Float64',
			'flag:Utf8'
		]);
		expect(table.numRows).toBe(observations.length);
		const rows = table.toArray().map((r) => r.toJSON());
		expect(rows[1]).toEqual({
			indicator_id: 'fx-child-marriage',
			iso3: 'PHL',
			year: 2017,
			sex: 'female',
			value: 15.5,
			flag: 'estimate'
		});
		expect(rows[0].flag).toBeNull();
	});

	it('describes each indicator in catalog.json, sorted by group then id', () => {
		const catalog = JSON.parse(text(build().files.get('catalog.json')));
		expect(catalog.map((c: { group: string; id: string }) => `${c.group}/${c.id}`)).toEqual([
			'children/fx-completion',
			'children/fx-overweight-2023',
			'children/fx-stunting',
			'context/fx-population',
			'disability/fx-disability-prevalence',
			'disability/fx-employment-with',
			'disability/fx-employment-without',
			'older-persons/fx-life-expectancy',
			'older-persons/fx-pension',
			'women/fx-child-marriage',
			'women/fx-gii',
			'women/fx-labour-force'
		]);
		const lifeExpectancy = catalog.find((c: { id: string }) => c.id === 'fx-life-expectancy');
		expect(Object.keys(lifeExpectancy).slice(0, 8)).toEqual([
			'id',
			'group',
			'name',
			'unit',
			'definition',
			'decimals',
			'direction',
			'source'
		]);
		expect(lifeExpectancy.sexes).toEqual(['total', 'female', 'male']);
		expect(lifeExpectancy.yearRange).toEqual([2021, 2021]);
		const prevalence = catalog.find((c: { id: string }) => c.id === 'fx-disability-prevalence');
		expect(prevalence.comparable).toBe(false);
	});

	it("records vintage, breaks, disability pairs, method and each country's survey", () => {
		const catalog = JSON.parse(text(build().files.get('catalog.json')));
		const byId = (id: string) => catalog.find((c: { id: string }) => c.id === id);
		expect(byId('fx-overweight-2023').source.vintage).toBe('2023');
		expect(byId('fx-pension').source.vintage).toBeNull();
		expect(byId('fx-overweight-2023').breaks).toEqual([
			{ iso3: 'PHL', year: 2021, note: { en: 'New method', th: 'ทดสอบ New method' } }
		]);
		const withDisability = byId('fx-employment-with');
		expect(withDisability.pair).toEqual({
			with: 'fx-employment-with',
			without: 'fx-employment-without',
			outcome: { en: 'Employment', th: 'ทดสอบ Employment' }
		});
		expect(withDisability.method.en).toBe('Washington Group');
		expect(withDisability.surveys).toEqual({
			KHM: {
				code: 'Cambodia_IPUMS_2019',
				year: 2019,
				name: {
					en: 'Cambodia General Population Census 2019 (IPUMS sample)',
					th: 'สำมะโนประชากรกัมพูชา พ.ศ. 2562 (ตัวอย่าง IPUMS)'
				}
			},
			VNM: expect.objectContaining({ code: 'Vietnam_IPUMS_2019', year: 2019 })
		});
		expect(byId('fx-gii').surveys).toBeNull();
		expect(byId('fx-gii').pair).toBeNull();
	});

	it('refuses a break at a year the series does not have', () => {
		const broken = FIXTURE_CATALOG.map((spec) =>
			spec.id === 'fx-overweight-2023'
				? { ...spec, breaks: [{ iso3: 'PHL', year: 1999, note: { en: 'x', th: 'ทดสอบ' } }] }
				: spec
		);
		expect(() => buildDataset(broken, sources, SOURCE_DATASETS)).toThrow(
			'fx-overweight-2023: break at PHL 1999 has no observation'
		);
	});

	it('writes the 11 members to countries.json and ends every text file with one newline', () => {
		const { files } = build();
		const countries = JSON.parse(text(files.get('countries.json')));
		expect(countries).toHaveLength(11);
		expect(Object.keys(countries[0])).toEqual([
			'iso3',
			'iso2',
			'm49',
			'name',
			'aliases',
			'subregion',
			'color'
		]);
		for (const name of [
			'catalog.json',
			'countries.json',
			'flags.json',
			'meta.json',
			'observations.csv'
		]) {
			const content = text(files.get(name));
			expect(content.endsWith('\n') && !content.endsWith('\n\n')).toBe(true);
			expect(content.includes('\r')).toBe(false);
			expect(content.charCodeAt(0)).not.toBe(0xfeff);
		}
	});
});
