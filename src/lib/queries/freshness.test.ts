/**
 * The freshness builders on native DuckDB over the committed dataset, against answers worked out
 * here from observations.csv alone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { ISO3_CODES } from '$lib/countries/members';
import { nativeRunner } from '$lib/server/native-runner';
import {
	buildFreshnessQuery,
	buildIndicatorFreshnessQuery,
	buildReferenceYearQuery,
	freshFrom,
	isStale,
	STALE_AFTER_YEARS,
	type FreshnessRow,
	type IndicatorFreshnessRow
} from './freshness';

const csv = readFileSync(resolve(process.cwd(), 'static/data/observations.csv'), 'utf8');
const observations = csvParse(csv).map((d) => ({
	indicator_id: d.indicator_id!,
	iso3: d.iso3!,
	year: Number(d.year)
}));
const runner = nativeRunner();
const referenceYear = Math.max(...observations.map((o) => o.year));

function expectedPerMember() {
	const latest = new Map<string, { indicator_id: string; iso3: string; latest_year: number }>();
	for (const o of observations) {
		if (!(ISO3_CODES as readonly string[]).includes(o.iso3)) continue;
		const key = `${o.indicator_id}\u0000${o.iso3}`;
		const seen = latest.get(key);
		if (!seen || o.year > seen.latest_year)
			latest.set(key, { indicator_id: o.indicator_id, iso3: o.iso3, latest_year: o.year });
	}
	return [...latest.values()]
		.sort((a, b) =>
			a.indicator_id === b.indicator_id
				? a.iso3 < b.iso3
					? -1
					: 1
				: a.indicator_id < b.indicator_id
					? -1
					: 1
		)
		.map((r) => ({
			...r,
			reference_year: referenceYear,
			stale: r.latest_year < referenceYear - STALE_AFTER_YEARS
		}));
}

describe('freshness', () => {
	it('calls a year older than 5 years only when it is before the reference minus 5', () => {
		expect(isStale(2018, 2024)).toBe(true);
		expect(isStale(2019, 2024)).toBe(false);
		expect(isStale(2024, 2024)).toBe(false);
		expect(isStale(1990, null)).toBe(false);
		expect(freshFrom(2024)).toBe(2019);
	});

	it("takes the dataset's newest year as the reference", async () => {
		expect(await runner.run(buildReferenceYearQuery())).toEqual([
			{ reference_year: referenceYear }
		]);
	});

	it("gives every member's most recent year per indicator and marks the old ones", async () => {
		const expected = expectedPerMember();
		expect(expected.some((r) => r.stale)).toBe(true);
		expect(expected.some((r) => !r.stale)).toBe(true);
		expect(await runner.run<FreshnessRow>(buildFreshnessQuery())).toEqual(expected);
	});

	it('narrows to some indicators and to one member', async () => {
		const expected = expectedPerMember();
		const ids = [...new Set(expected.map((r) => r.indicator_id))].slice(0, 3);
		expect(await runner.run(buildFreshnessQuery({ indicatorIds: ids }))).toEqual(
			expected.filter((r) => ids.includes(r.indicator_id))
		);
		expect(await runner.run(buildFreshnessQuery({ iso3: 'VNM' }))).toEqual(
			expected.filter((r) => r.iso3 === 'VNM')
		);
	});

	it('sums the members per indicator for the home page', async () => {
		const perMember = expectedPerMember();
		const ids = [...new Set(perMember.map((r) => r.indicator_id))];
		const expected = ids.map((id) => {
			const rows = perMember.filter((r) => r.indicator_id === id);
			return {
				indicator_id: id,
				newest_year: Math.max(...rows.map((r) => r.latest_year)),
				reference_year: referenceYear,
				members: rows.length,
				stale_members: rows.filter((r) => r.stale).length
			};
		});
		expect(await runner.run<IndicatorFreshnessRow>(buildIndicatorFreshnessQuery())).toEqual(
			expected
		);
	});
});
