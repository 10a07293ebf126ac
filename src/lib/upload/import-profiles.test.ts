import { describe, expect, it } from 'vitest';
import { indicatorBatches } from './import-profiles';

describe('batches of indicators for the profile queries', () => {
	it('cover every indicator once, in order, each within the row limit', () => {
		// Rows per indicator: 3, 1, 4, 1, 5, 0 (in any row order)
		const rows = [2, 0, 4, 2, 1, 4, 0, 2, 3, 4, 0, 4, 2, 4];
		expect(indicatorBatches(rows, 6, 5)).toEqual([
			[0, 2],
			[2, 4],
			[4, 6]
		]);
		expect(indicatorBatches(rows, 6, 100)).toEqual([[0, 6]]);
	});

	it('give an indicator with more rows than the limit a batch of its own', () => {
		const rows = [0, 1, 1, 1, 1, 1, 1, 2];
		expect(indicatorBatches(rows, 3, 2)).toEqual([
			[0, 1],
			[1, 2],
			[2, 3]
		]);
	});

	it('keep indicators without rows, and make none for no indicators', () => {
		expect(indicatorBatches([], 2, 10)).toEqual([[0, 2]]);
		expect(indicatorBatches([], 0, 10)).toEqual([]);
	});

	it('cut a large file into batches no bigger than the limit', () => {
		const indicators = 1000;
		const rowIndicator = new Uint32Array(50_000).map((_, i) => (i * 7919) % indicators);
		const batches = indicatorBatches(rowIndicator, indicators, 4096);
		expect(batches[0][0]).toBe(0);
		expect(batches.at(-1)![1]).toBe(indicators);
		for (let k = 1; k < batches.length; k++) expect(batches[k][0]).toBe(batches[k - 1][1]);
		const counts = new Uint32Array(indicators);
		for (const i of rowIndicator) counts[i]++;
		for (const [from, to] of batches)
			expect(counts.slice(from, to).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(4096);
		expect(batches.length).toBe(Math.ceil(50_000 / 4050));
	});
});
