import { describe, expect, it } from 'vitest';
import type { ProfileEntry } from '$lib/dataset/profile';
import { joinPacked, packProfile, unpackProfile } from './profile-pack';

const entry = (id: string, series: [number, number][]): ProfileEntry => ({
	id,
	sex: 'total',
	latest: series.length
		? { year: series.at(-1)![0], value: series.at(-1)![1], flag: 'user' }
		: null,
	previous: series.length > 1 ? { year: series.at(-2)![0], value: series.at(-2)![1] } : null,
	rank: series.length ? 2 : null,
	ranked: 7,
	median: null,
	trend: series.length > 1 ? 'up' : null,
	series: series.map(([year, value]) => ({ year, value }))
});

describe('packed profile lines', () => {
	it('give back every entry and point exactly, empty series included', () => {
		const entries = [
			entry('user-a-0', [
				[1990, 0.1 + 0.2],
				[2000, -4.8],
				[2023, 1e-300]
			]),
			entry('user-a-1', []),
			entry('user-a-2', [[1900, Number.MAX_VALUE]]),
			entry('user-a-3', [
				[2099, 12345678.123456789],
				[2100, 0]
			])
		];
		const packed = packProfile(entries);
		expect(packed.years).toHaveLength(6);
		expect(Array.from(packed.offsets)).toEqual([0, 3, 3, 4, 6]);
		expect(unpackProfile(packed)).toEqual(entries);
		// IndexedDB keeps a structured clone: the copy must read back the same.
		expect(unpackProfile(structuredClone(packed))).toEqual(entries);
	});

	it("joined parts read back as the entries packed at once, in the parts' order", () => {
		const entries = [
			entry('user-d-0', [
				[1995, 1],
				[1996, 2]
			]),
			entry('user-d-1', []),
			entry('user-d-2', [[2020, -0.5]]),
			entry('user-d-3', [
				[2001, 7],
				[2002, 8],
				[2003, 9]
			]),
			entry('user-d-4', [])
		];
		const parts = [entries.slice(0, 2), entries.slice(2, 3), entries.slice(3)].map(packProfile);
		const joined = joinPacked(parts);
		expect(Array.from(joined.offsets)).toEqual([0, 2, 2, 3, 6, 6]);
		expect(joined).toEqual(packProfile(entries));
		expect(unpackProfile(joined)).toEqual(entries);
		const one = packProfile(entries.slice(0, 1));
		expect(joinPacked([one])).toBe(one);
	});

	it('unpacked entries copy and serialise with their points, as plain entries do', () => {
		const entries = [
			entry('user-c-0', [
				[2001, 1.5],
				[2002, -2]
			]),
			entry('user-c-1', [])
		];
		const unpacked = unpackProfile(structuredClone(packProfile(entries)));
		expect(structuredClone(unpacked)).toEqual(entries);
		expect(JSON.parse(JSON.stringify(unpacked))).toEqual(entries);
		expect(unpacked.map((e) => ({ ...e }))).toEqual(entries);
		// Read twice, the same points: made once.
		expect(unpacked[0].series).toBe(unpacked[0].series);
	});

	it('read lines stored as plain entries, and nothing as no lines', () => {
		const plain = [entry('user-b-0', [[2010, 3]])];
		expect(unpackProfile(plain)).toBe(plain);
		expect(unpackProfile(undefined)).toEqual([]);
		expect(unpackProfile(packProfile([]))).toEqual([]);
	});
});
