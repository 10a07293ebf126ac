import { describe, expect, it } from 'vitest';
import type { IndicatorFreshnessRow } from '$lib/queries/freshness';
import { arrangeByFreshness, readHomeFreshness, writeHomeFreshness } from './home-freshness';

const row = (
	id: string,
	newest: number,
	members: number,
	stale: number
): IndicatorFreshnessRow => ({
	indicator_id: id,
	newest_year: newest,
	reference_year: 2024,
	members,
	stale_members: stale
});
const indicators = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const freshness = { a: row('a', 2015, 3, 3), b: row('b', 2022, 5, 1), c: row('c', 2022, 2, 0) };

describe('home page freshness', () => {
	it('keeps the catalogue order by default', () => {
		const got = arrangeByFreshness(indicators, freshness, { order: 'topic', recentOnly: false });
		expect(got.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('puts the most recent data first, ties in catalogue order, no data last', () => {
		const got = arrangeByFreshness(indicators, freshness, { order: 'recent', recentOnly: false });
		expect(got.map((i) => i.id)).toEqual(['b', 'c', 'a', 'd']);
	});

	it('drops indicators whose every member is older than 5 years, and those without data', () => {
		const got = arrangeByFreshness(indicators, freshness, { order: 'topic', recentOnly: true });
		expect(got.map((i) => i.id)).toEqual(['b', 'c']);
	});

	it('round-trips through the URL and ignores unknown values', () => {
		const params = new URLSearchParams('q=x&order=oldest');
		expect(readHomeFreshness(params)).toEqual({ order: 'topic', recentOnly: false });
		writeHomeFreshness(params, { order: 'recent', recentOnly: true });
		expect(params.toString()).toBe('q=x&order=recent&recent=1');
		expect(readHomeFreshness(params)).toEqual({ order: 'recent', recentOnly: true });
		writeHomeFreshness(params, { order: 'topic', recentOnly: false });
		expect(params.toString()).toBe('q=x');
	});
});
