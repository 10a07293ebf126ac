import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Direction } from '$lib/dataset/types';
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
});
