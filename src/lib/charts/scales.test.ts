import { describe, expect, it } from 'vitest';
import { dodge, readableTicks, textWidth, valueScale, yearTicks } from './scales';

describe('scales', () => {
	it('starts bars at zero and lines near their data', () => {
		expect(valueScale([60, 85], [0, 100], { zero: true }).domain()[0]).toBe(0);
		expect(valueScale([60, 85], [0, 100]).domain()[0]).toBeGreaterThanOrEqual(60);
		expect(valueScale([-5, 10], [0, 100], { zero: true }).domain()[0]).toBeLessThanOrEqual(-5);
	});

	it('uses a log scale only for positive data', () => {
		expect(valueScale([10, 1000], [0, 100], { log: true })(100)).toBeCloseTo(50);
		expect(valueScale([0, 1000], [0, 100], { log: true })(500)).toBeCloseTo(50);
	});

	it('spaces year ticks by the room available', () => {
		expect(yearTicks(2000, 2022, 700)).toEqual([2000, 2005, 2010, 2015, 2020]);
		expect(yearTicks(2018, 2020, 700)).toEqual([2018, 2019, 2020]);
		expect(yearTicks(2015, 2015, 700)).toEqual([2015]);
	});

	it('moves overlapping labels apart, in order and inside the bounds', () => {
		const placed = dodge([100, 101, 102, 300], 15, 0, 400);
		expect(placed[1] - placed[0]).toBeGreaterThanOrEqual(15);
		expect(placed[2] - placed[1]).toBeGreaterThanOrEqual(15);
		expect(placed[3]).toBe(300);
		const squeezed = dodge([395, 396], 15, 0, 400);
		expect(Math.max(...squeezed)).toBeLessThanOrEqual(400);
		// Eleven labels crowded at the bottom spread upwards without overlapping.
		const crowded = dodge(
			Array.from({ length: 11 }, (_, i) => 330 + i),
			15,
			10,
			340
		);
		const sorted = [...crowded].sort((a, b) => a - b);
		for (let k = 1; k < sorted.length; k++)
			expect(sorted[k] - sorted[k - 1]).toBeGreaterThanOrEqual(15);
		expect(Math.max(...crowded)).toBe(340);
		expect(Math.min(...crowded)).toBe(190);
	});

	it('does not count Thai vowel and tone marks as width', () => {
		expect(textWidth('ผู้สูงอายุ')).toBeLessThan(textWidth('abcdefghij'));
	});
});

describe('log ticks', () => {
	it('keeps only 1, 2 and 5 times a power of ten', () => {
		const scale = valueScale([1000, 150000], [0, 500], { log: true });
		const ticks = readableTicks(scale, 6, true);
		expect(ticks).toContain(10000);
		expect(ticks).not.toContain(3000);
		expect(readableTicks(valueScale([0, 10], [0, 100]), 5, false)).toEqual([0, 2, 4, 6, 8, 10]);
	});
});

describe('scales for one point and for log axes', () => {
	it('puts a single value between gridlines, not on the lowest one', () => {
		const y = valueScale([30.5], [300, 0]);
		const ticks = y.ticks(5);
		expect(Math.min(...ticks)).toBeLessThan(30.5);
		expect(Math.max(...ticks)).toBeGreaterThan(30.5);
		expect(y(30.5)).toBeGreaterThan(0);
		expect(y(30.5)).toBeLessThan(300);
	});

	it('keeps a log axis to the data when asked not to round it out', () => {
		const x = valueScale([1200, 130_000], [0, 500], { log: true, nice: false });
		expect(x.domain()).toEqual([1200, 130_000]);
		expect(Math.max(...readableTicks(x, 6, true))).toBeLessThanOrEqual(130_000);
	});
});
