import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tickFormat } from '$lib/i18n/format';
import { indicatorClassScale, valueExtents } from './bins';
import { classLabel } from './color';
import { legendLayout } from './legend';

const data = resolve(process.cwd(), 'static/data');
const catalog = JSON.parse(readFileSync(resolve(data, 'catalog.json'), 'utf8')) as {
	id: string;
	decimals: number;
	direction: 'higher-is-better' | 'lower-is-better' | 'neutral';
}[];
const observations = readFileSync(resolve(data, 'observations.csv'), 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => {
		const [indicator, iso3, year, sex, value] = line.split(',');
		return { indicator, iso3, year: Number(year), sex, value: Number(value) };
	});

describe('indicatorClassScale', () => {
	it('gives every year of every indicator and sex the same classes, covering its whole range', () => {
		let maps = 0;
		for (const indicator of catalog) {
			const rows = observations.filter((o) => o.indicator === indicator.id);
			for (const [sex, extent] of Object.entries(valueExtents(rows))) {
				const own = rows.filter((r) => r.sex === sex);
				const years = [...new Set(own.map((r) => r.year))];
				const first = indicatorClassScale(extent!, [], indicator.direction);
				const lo = first.classes[0].lo;
				const hi = first.classes[first.classes.length - 1].hi;
				for (const year of years) {
					const shown = own.filter((r) => r.year === year).map((r) => r.value);
					const scale = indicatorClassScale(extent!, shown, indicator.direction);
					expect(scale.classes, `${indicator.id} ${sex} ${year}`).toEqual(first.classes);
					for (const v of shown) expect(v >= lo && v <= hi, `${indicator.id} ${v}`).toBe(true);
					maps++;
				}
			}
		}
		expect(maps).toBeGreaterThan(500);
	});

	it('labels classes with distinct round breaks at the display precision', () => {
		for (const indicator of catalog) {
			const rows = observations.filter((o) => o.indicator === indicator.id);
			for (const extent of Object.values(valueExtents(rows))) {
				const scale = indicatorClassScale(extent!, [], indicator.direction, indicator.decimals);
				const breaks = [scale.classes[0].lo, ...scale.classes.map((c) => c.hi)];
				const { ticks, format } = tickFormat(breaks, 'en', indicator.decimals);
				expect(ticks, indicator.id).toEqual(breaks);
				const labels = scale.classes.map((c) => classLabel(c, format));
				expect(new Set(labels).size, indicator.id).toBe(labels.length);
			}
		}
	});

	it('fixes the 2018 stunting map: Indonesia and the Philippines share a class', () => {
		const stunting = observations.filter((o) => o.indicator === 'stunting' && o.sex === 'total');
		const scale = indicatorClassScale(valueExtents(stunting).total!, [30.5, 30.3]);
		expect(scale.color(30.5)).toBe(scale.color(30.3));
		expect(scale.classes.length).toBeGreaterThanOrEqual(4);
	});

	it('falls back to the values drawn when the caller gives no range', () => {
		const scale = indicatorClassScale([], [12, 48, 83]);
		expect(scale.classes[0].lo).toBeLessThanOrEqual(12);
		expect(scale.classes[scale.classes.length - 1].hi).toBeGreaterThanOrEqual(83);
	});
});

describe('valueExtents', () => {
	it('keeps the lowest and highest value of each sex', () => {
		expect(
			valueExtents([
				{ sex: 'female', value: 3 },
				{ sex: 'female', value: -1 },
				{ sex: 'male', value: 7 }
			])
		).toEqual({ female: [-1, 3], male: [7, 7] });
	});
});

describe('legendLayout', () => {
	it('wraps entries to the width and counts the title in the height', () => {
		const labels = ['0 – 20', '20 – 40', '40 – 60', '60 – 80', '80 – 100', 'no data'];
		const wide = legendLayout('% of children under 5', labels, 900);
		expect(new Set(wide.slots.map((s) => s.y)).size).toBe(1);
		const narrow = legendLayout('% of children under 5', labels, 200);
		expect(new Set(narrow.slots.map((s) => s.y)).size).toBeGreaterThan(2);
		expect(narrow.height).toBeGreaterThan(wide.height);
		for (const slot of narrow.slots) expect(slot.x).toBeLessThan(200);
	});
});
