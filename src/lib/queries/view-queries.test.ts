/**
 * Every view query, on native DuckDB over the committed dataset, against answers worked out here
 * independently from observations.csv, for every indicator.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { ISO3_CODES } from '$lib/countries/members';
import { SEXES, type Indicator, type Sex } from '$lib/dataset/types';
import { nativeRunner } from '$lib/server/native-runner';
import { asChart, defaultSpec, type ViewSpec } from '$lib/spec';
import { MEDIAN_MIN_COUNTRIES } from './median-by-year';
import { buildHeadlinesQuery } from './headlines';
import { viewQueries } from './view-queries';

const dir = resolve(process.cwd(), 'static/data');
const catalog = JSON.parse(readFileSync(resolve(dir, 'catalog.json'), 'utf8')) as Indicator[];
const observations = csvParse(readFileSync(resolve(dir, 'observations.csv'), 'utf8')).map((d) => ({
	indicator_id: d.indicator_id!,
	iso3: d.iso3!,
	year: Number(d.year),
	sex: d.sex as Sex,
	value: Number(d.value),
	flag: d.flag ?? ''
}));
type Row = (typeof observations)[number];
const runner = nativeRunner();
const byIndicator = new Map<string, Row[]>();
for (const o of observations)
	byIndicator.set(o.indicator_id, [...(byIndicator.get(o.indicator_id) ?? []), o]);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function expectedRanked(rows: Row[], sexes: Sex[], year: number | 'latest') {
	const out = sexes.flatMap((sex) =>
		ISO3_CODES.map((iso3) => {
			const own = rows.filter(
				(r) => r.iso3 === iso3 && r.sex === sex && (year === 'latest' || r.year === year)
			);
			const hit = own.sort((a, b) => b.year - a.year)[0];
			return {
				iso3,
				sex,
				year: hit?.year ?? null,
				value: hit?.value ?? null,
				flag: hit?.flag ?? ''
			};
		})
	);
	return out.sort(
		(a, b) =>
			cmp(a.sex, b.sex) ||
			(a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : b.value - a.value) ||
			cmp(a.iso3, b.iso3)
	);
}

function expectedLine(rows: Row[], sexes: Sex[], since: number | null) {
	const points = rows
		.filter((r) => sexes.includes(r.sex))
		.map(({ iso3, year, sex, value, flag }) => ({ iso3, year, sex, value, flag }))
		.sort((a, b) => cmp(a.iso3, b.iso3) || cmp(a.sex, b.sex) || a.year - b.year);
	if (since === null) return points;
	const base = new Map(
		points.filter((p) => p.year === since).map((p) => [`${p.iso3}${p.sex}`, p.value])
	);
	return points
		.filter((p) => p.year >= since && base.has(`${p.iso3}${p.sex}`))
		.map((p) => ({ ...p, value: p.value - base.get(`${p.iso3}${p.sex}`)! }));
}

function expectedMedian(rows: Row[], sex: Sex) {
	const years = [...new Set(rows.filter((r) => r.sex === sex).map((r) => r.year))].sort(
		(a, b) => a - b
	);
	return years.flatMap((year) => {
		const values = rows.filter((r) => r.sex === sex && r.year === year).map((r) => r.value);
		if (values.length < MEDIAN_MIN_COUNTRIES) return [];
		values.sort((a, b) => a - b);
		const mid = values.length >> 1;
		const value = values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
		return [{ year, value, countries: values.length }];
	});
}

describe('view queries on native DuckDB, for every indicator', () => {
	it.each(catalog.map((i) => [i.id, i] as const))('%s', async (_, indicator) => {
		const rows = byIndicator.get(indicator.id) ?? [];
		const sexes = SEXES.filter((s) => rows.some((r) => r.sex === s));
		const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
		const base = defaultSpec({ indicator: indicator.id, lang: 'en', sex: sexes[0] });
		const ask = <T>(spec: ViewSpec, part: 'main' | 'median' = 'main') =>
			runner.run<T>(viewQueries(spec)[part]!);
		for (const sex of sexes) {
			for (const year of ['latest' as const, years[0], years[years.length - 1]]) {
				const spec = { ...base, sex, year };
				expect(await ask(asChart(spec, 'ranked'))).toEqual(expectedRanked(rows, [sex], year));
			}
			const trend = asChart({ ...base, sex }, 'trend');
			expect(await ask(trend)).toEqual(expectedLine(rows, [sex], null));
			expect(await ask(trend, 'median')).toEqual(expectedMedian(rows, sex));
			const since = asChart({ ...base, sex, since: years[0] }, 'trend');
			expect(await ask(since)).toEqual(expectedLine(rows, [sex], years[0]));
		}
		if (sexes.includes('female') && sexes.includes('male')) {
			const gap = asChart({ ...base, year: years[years.length - 1] }, 'gender-gap');
			expect(await ask(gap)).toEqual(
				expectedRanked(rows, ['female', 'male'], years[years.length - 1])
			);
		}
	});

	it('pairs members on both axes of a scatter within the tolerance', async () => {
		const y = catalog[0].id;
		const x = catalog[1].id;
		const sexOf = (id: string) =>
			byIndicator.get(id)!.some((r) => r.sex === 'total') ? 'total' : 'female';
		for (const year of [2010, 2015, 2020]) {
			const spec: ViewSpec = {
				...defaultSpec({ chart: 'scatter', indicator: y, lang: 'en', sex: sexOf(y) }),
				x: { indicator: x, sex: sexOf(x), log: false },
				year,
				tolerance: 5
			};
			const pick = (id: string, sex: Sex, iso3: string) =>
				byIndicator
					.get(id)!
					.filter((r) => r.iso3 === iso3 && r.sex === sex && r.year <= year && r.year >= year - 5)
					.sort((a, b) => b.year - a.year)[0];
			const expected = [...ISO3_CODES].sort().map((iso3) => {
				const px = pick(x, sexOf(x), iso3);
				const py = pick(y, sexOf(y), iso3);
				return {
					iso3,
					x: px?.value ?? null,
					x_year: px?.year ?? null,
					y: py?.value ?? null,
					y_year: py?.year ?? null
				};
			});
			expect(await runner.run(viewQueries(spec).main!)).toEqual(expected);
		}
	});

	it("gives each home card the spread of the members' latest values", async () => {
		const entries = catalog.map((i) => {
			const rows = byIndicator.get(i.id) ?? [];
			return {
				indicatorId: i.id,
				sex: rows.some((r) => r.sex === 'total') ? 'total' : ('female' as Sex)
			};
		});
		const got = await runner.run<Record<string, unknown>>(buildHeadlinesQuery(entries));
		for (const { indicatorId, sex } of entries) {
			const latest = ISO3_CODES.flatMap((iso3) =>
				(byIndicator.get(indicatorId) ?? [])
					.filter((r) => r.iso3 === iso3 && r.sex === sex)
					.sort((a, b) => b.year - a.year)
					.slice(0, 1)
			);
			const row = got.find((r) => r.indicator_id === indicatorId);
			if (!latest.length) {
				expect(row).toBeUndefined();
				continue;
			}
			const values = latest.map((r) => r.value);
			expect(row, indicatorId).toMatchObject({
				min: Math.min(...values),
				max: Math.max(...values),
				countries: latest.length,
				from_year: Math.min(...latest.map((r) => r.year)),
				to_year: Math.max(...latest.map((r) => r.year))
			});
		}
	});
});
