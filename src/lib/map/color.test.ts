import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hcl, lab } from 'd3';
import { describe, expect, it } from 'vitest';
import { classColors, classLabel, classScale, niceBreaks } from './color';

const WELFARE = [12.3, 45, 83, 95.1, 60.2, 33, 71, 88.8, 20.5];

/** CIE76 colour difference: about 2 is just noticeable, above 10 is plainly different. */
function deltaE(a: string, b: string): number {
	const [p, q] = [lab(a), lab(b)];
	return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

function cssVariable(name: string): string {
	const css = readFileSync(resolve(process.cwd(), 'src/app.css'), 'utf8');
	const match = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
	if (!match) throw new Error(`${name} is not set in src/app.css`);
	return match[1];
}

describe('niceBreaks', () => {
	it('covers the data with round breaks and four to six classes', () => {
		expect(niceBreaks(WELFARE)).toEqual([0, 20, 40, 60, 80, 100]);
		for (const values of [
			[0.12, 0.97],
			[1, 3],
			[-4.2, 7.9],
			[120, 48_000],
			[1990, 2023]
		]) {
			const breaks = niceBreaks(values);
			expect(breaks[0]).toBeLessThanOrEqual(Math.min(...values));
			expect(breaks[breaks.length - 1]).toBeGreaterThanOrEqual(Math.max(...values));
			expect(breaks.length - 1).toBeGreaterThanOrEqual(4);
			expect(breaks.length - 1).toBeLessThanOrEqual(6);
		}
	});

	it('gives one class for one value and none for no data', () => {
		expect(niceBreaks([7, 7])).toEqual([7, 7]);
		expect(niceBreaks([])).toEqual([]);
	});
});

describe('classScale', () => {
	it('colours a value by its class, darker for more', () => {
		const scale = classScale(WELFARE);
		expect(scale.color(12.3)).toBe(scale.classes[0].color);
		expect(scale.color(20)).toBe(scale.classes[1].color);
		expect(scale.color(100)).toBe(scale.classes[4].color);
		const lightness = scale.classes.map((c) => lab(c.color).l);
		expect(lightness).toEqual([...lightness].sort((a, b) => b - a));
	});

	it('keeps the same colours whatever the direction and reports the better end', () => {
		const up = classScale(WELFARE, 'higher-is-better');
		const down = classScale(WELFARE, 'lower-is-better');
		expect(down.classes).toEqual(up.classes);
		expect([up.betterEnd, down.betterEnd, classScale(WELFARE).betterEnd]).toEqual([
			'high',
			'low',
			null
		]);
	});

	it('has nothing to colour without values', () => {
		expect(classScale([]).classes).toEqual([]);
	});
});

describe('classColors', () => {
	it('steps clearly in lightness from one class to the next', () => {
		for (const n of [2, 4, 5, 6]) {
			const l = classColors(n).map((c) => lab(c).l);
			for (let i = 1; i < n; i++) expect(l[i - 1] - l[i]).toBeGreaterThan(40 / n);
		}
	});

	it('never looks like the no-data or neighbour greys of app.css', () => {
		const greys = ['--nodata-bg', '--grid'].map(cssVariable);
		for (const grey of greys) expect(hcl(grey).c).toBeLessThan(5);
		for (const color of classColors(6)) {
			expect(hcl(color).c).toBeGreaterThan(15);
			for (const grey of greys) expect(deltaE(color, grey)).toBeGreaterThan(15);
		}
	});
});

describe('classLabel', () => {
	it('writes a range, or one value when the class is a single value', () => {
		const format = (v: number) => v.toFixed(1);
		expect(classLabel({ lo: 20, hi: 40, color: '' }, format)).toBe('20.0 – 40.0');
		expect(classLabel({ lo: 7, hi: 7, color: '' }, format)).toBe('7.0');
	});
});
