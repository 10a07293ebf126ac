import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISO3_CODES } from '$lib/countries/members';
import { defaultSexOf, sexesOf } from '$lib/dataset/indicator';
import type { Direction, Observation } from '$lib/dataset/types';
import { loadDataset, observationsOf } from '$lib/server/dataset';
import { nativeRunner } from '$lib/server/native-runner';
import { countryProfile, membersProfile } from './profile-data';

const csv = [
	'indicator_id,iso3,year,sex,value,flag',
	'x,THA,2010,total,80,',
	'x,THA,2016,total,83,estimate',
	'x,VNM,2016,total,40,',
	'x,LAO,2014,total,6,',
	'x,SGP,2015,total,90,',
	'x,SGP,2010,total,95,',
	'x,THA,2016,female,1,'
].join('\n');
const dir = mkdtempSync(join(tmpdir(), 'profile-'));
writeFileSync(join(dir, 'observations.csv'), csv);
const runner = nativeRunner(join(dir, 'observations.csv'));

const entry = async (iso3: string, direction: Direction, comparable = true) =>
	(await countryProfile(iso3, [{ id: 'x', sex: 'total', direction, comparable }], runner))[0];

describe('country profile', () => {
	it("ranks the member's latest value among the members' latest values, best first", async () => {
		const thailand = await entry('THA', 'higher-is-better');
		expect(thailand.latest).toEqual({ year: 2016, value: 83, flag: 'estimate' });
		expect(thailand.previous).toEqual({ year: 2010, value: 80 });
		expect(thailand.rank).toBe(2);
		expect(thailand.ranked).toBe(4);
		expect(thailand.median).toBe(61.5);
		expect(thailand.trend).toBe('better');
		expect(thailand.series).toEqual([
			{ year: 2010, value: 80 },
			{ year: 2016, value: 83 }
		]);
		expect((await entry('THA', 'lower-is-better')).rank).toBe(3);
		expect((await entry('SGP', 'lower-is-better')).trend).toBe('better');
		// Stored newest first: the sparkline still runs in year order.
		expect((await entry('SGP', 'higher-is-better')).series).toEqual([
			{ year: 2010, value: 95 },
			{ year: 2015, value: 90 }
		]);
	});

	it('shares a place between members with the same latest value', async () => {
		const tied = join(dir, 'tied.csv');
		writeFileSync(
			tied,
			['indicator_id,iso3,year,sex,value,flag', 'y,THA,2016,total,5,', 'y,VNM,2015,total,5,']
				.concat('y,LAO,2016,total,7,', 'y,LAO,2010,total,9,')
				.join('\n')
		);
		const ask = (direction: Direction) =>
			membersProfile(
				['THA', 'VNM', 'LAO'],
				[{ id: 'y', sex: 'total', direction }],
				nativeRunner(tied)
			);
		const best = await ask('lower-is-better');
		expect(['THA', 'VNM', 'LAO'].map((m) => best.get(m)?.[0].rank)).toEqual([1, 1, 3]);
		const worst = await ask('higher-is-better');
		expect(['THA', 'VNM', 'LAO'].map((m) => worst.get(m)?.[0].rank)).toEqual([2, 2, 1]);
		expect(worst.get('LAO')?.[0].previous).toEqual({ year: 2010, value: 9 });
		expect(worst.get('THA')?.[0].previous).toBeNull();
	});

	it('has no rank or median where the figures are not comparable', async () => {
		const thailand = await entry('THA', 'higher-is-better', false);
		expect(thailand.rank).toBeNull();
		expect(thailand.median).toBeNull();
		expect(thailand.latest?.value).toBe(83);
	});

	it('leaves a member without data empty, not zero', async () => {
		const brunei = await entry('BRN', 'higher-is-better');
		expect(brunei.latest).toBeNull();
		expect(brunei.rank).toBeNull();
		expect(brunei.trend).toBeNull();
		expect(brunei.series).toEqual([]);
	});

	it('gives every member at once exactly what each profile asks for alone', async () => {
		const all = ['THA', 'VNM', 'LAO', 'SGP', 'BRN'];
		for (const indicator of [
			{ id: 'x', sex: 'total' as const, direction: 'higher-is-better' as const },
			{ id: 'x', sex: 'female' as const, direction: 'neutral' as const, comparable: false }
		]) {
			const together = await membersProfile(all, [indicator], runner);
			for (const iso3 of all) {
				const alone = await countryProfile(iso3, [indicator], runner);
				expect(together.get(iso3), `${iso3} ${indicator.sex}`).toEqual(alone);
			}
		}
		const together = await membersProfile(
			all,
			[{ id: 'x', sex: 'total', direction: 'higher-is-better' }],
			runner
		);
		expect(together.get('THA')?.[0].rank).toBe(2);
		expect(together.get('BRN')?.[0].latest).toBeNull();
	});

	it('gives every member of the shipped dataset what a plain count over its rows gives', async () => {
		const indicators = loadDataset().catalog.map((indicator) => ({
			...indicator,
			sex: defaultSexOf(indicator, sexesOf(indicator, observationsOf(indicator.id)))
		}));
		const profiles = await membersProfile(ISO3_CODES, indicators, nativeRunner());
		let compared = 0;
		for (const indicator of indicators) {
			const rows = observationsOf(indicator.id).filter((o) => o.sex === indicator.sex);
			const latest = new Map<string, Observation[]>();
			for (const iso3 of ISO3_CODES) {
				const own = rows.filter((o) => o.iso3 === iso3).sort((a, b) => b.year - a.year);
				if (own.length) latest.set(iso3, own);
			}
			const values = [...latest.values()].map((own) => own[0].value);
			const sorted = [...values].sort((a, b) => a - b);
			const half = sorted.length / 2;
			const median =
				sorted.length % 2 ? sorted[Math.floor(half)] : (sorted[half - 1] + sorted[half]) / 2;
			for (const iso3 of ISO3_CODES) {
				const got = profiles.get(iso3)!.find((e) => e.id === indicator.id)!;
				const own = latest.get(iso3);
				if (!own) {
					expect(got.latest, `${indicator.id} ${iso3}`).toBeNull();
					continue;
				}
				const value = own[0].value;
				const better = values.filter((v) =>
					indicator.direction === 'lower-is-better' ? v < value : v > value
				).length;
				const comparable = indicator.comparable !== false;
				expect(got, `${indicator.id} ${iso3}`).toMatchObject({
					latest: { year: own[0].year, value, flag: own[0].flag ?? '' },
					previous: own[1] ? { year: own[1].year, value: own[1].value } : null,
					rank: comparable ? 1 + better : null,
					ranked: comparable ? values.length : 0,
					median: comparable ? median : null
				});
				compared++;
			}
		}
		expect(compared).toBeGreaterThan(300);
	});
});
