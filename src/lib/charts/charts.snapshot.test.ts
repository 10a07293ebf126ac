import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Iso3 } from '$lib/countries/members';
import type { Point, RankedRow } from '$lib/dataset/types';
import type { MapFeatureCollection } from '$lib/map/types';
import Choropleth from './Choropleth.svelte';
import Dumbbell from './Dumbbell.svelte';
import LineChart from './LineChart.svelte';
import RankedBars from './RankedBars.svelte';
import ScatterPlot from './ScatterPlot.svelte';
import SmallMultiples from './SmallMultiples.svelte';
import Sparkline from './Sparkline.svelte';
import { normaliseSvg } from './snapshot';
import { chartText } from './text';

/**
 * One fixed input per chart kind, rendered on the server and compared with the committed
 * snapshot next to this file. A changed mark shows as a readable diff; after an intended change,
 * `npx vitest run src/lib/charts -u` rewrites the snapshots for review.
 */
const names: Record<string, string> = {
	THA: 'Thailand',
	VNM: 'Viet Nam',
	SGP: 'Singapore',
	IDN: 'Indonesia',
	BRN: 'Brunei Darussalam'
};
const text = chartText({
	lang: 'en',
	decimals: 1,
	country: (iso3) => names[iso3] ?? iso3,
	sex: (sex) => ({ total: 'Total', female: 'Female', male: 'Male' })[sex],
	noData: 'no data'
});
const row = (iso3: string, sex: RankedRow['sex'], year: number | null, value: number | null) => ({
	iso3: iso3 as Iso3,
	sex,
	year,
	value,
	flag: ''
});
const point = (iso3: string, year: number, value: number, sex: Point['sex'] = 'total') => ({
	iso3: iso3 as Iso3,
	year,
	value,
	sex,
	flag: ''
});

const ranked = [
	row('THA', 'total', 2020, 84.8142),
	row('VNM', 'total', 2019, 62.05),
	row('IDN', 'total', 2020, 30.48331),
	row('SGP', 'total', null, null)
];
const trend = [
	point('THA', 2015, 71.2),
	point('THA', 2016, 72.04),
	point('THA', 2018, 74.9),
	point('VNM', 2015, 60),
	point('VNM', 2016, 63.333),
	point('VNM', 2017, 65.1)
];
const gap = [
	row('THA', 'female', 2020, 59.4),
	row('THA', 'male', 2020, 75.66),
	row('VNM', 'female', 2019, 69.2),
	row('VNM', 'male', 2019, 78.01),
	row('SGP', 'female', 2021, 61),
	row('SGP', 'male', null, null)
];

async function snapshot(name: string, body: string) {
	await expect(normaliseSvg(body)).toMatchFileSnapshot(`__snapshots__/${name}.svg.txt`);
}

describe('chart snapshots', () => {
	it('ranked bars, with each bar’s year and a gap', async () => {
		const { body } = render(RankedBars, {
			props: { label: 'Ranked', rows: ranked, sexes: ['total'], width: 480, text, showYear: true }
		});
		await snapshot('ranked-bars', body);
	});

	it('map, with fixed classes from the whole range and its legend inside the SVG', async () => {
		const features = JSON.parse(
			readFileSync(resolve(process.cwd(), 'static/data/asean-map.json'), 'utf8')
		) as MapFeatureCollection;
		const { body } = render(Choropleth, {
			props: {
				label: 'Map',
				rows: [...ranked, row('BRN', 'total', 2020, 55.55)],
				rangeValues: [12.5, 97.25],
				features,
				width: 480,
				text,
				legendTitle: '% of children under 5',
				direction: 'higher-is-better',
				betterLabel: 'better'
			}
		});
		await snapshot('map', body);
	});

	it('trend lines, with a gap year, the median and end labels', async () => {
		const { body } = render(LineChart, {
			props: {
				label: 'Trend',
				points: trend,
				series: [
					{ key: 'THA|total', iso3: 'THA', label: 'Thailand' },
					{ key: 'VNM|total', iso3: 'VNM', label: 'Viet Nam' }
				],
				width: 520,
				height: 300,
				text,
				reference: [
					{ year: 2015, value: 65.5 },
					{ year: 2016, value: 67.1 }
				],
				referenceLabel: 'ASEAN median'
			}
		});
		await snapshot('line-chart', body);
	});

	it('a single-point trend sits between gridlines', async () => {
		const { body } = render(LineChart, {
			props: {
				label: 'One point',
				points: [point('THA', 2018, 30.5)],
				series: [{ key: 'THA|total', iso3: 'THA', label: 'Thailand' }],
				width: 400,
				height: 240,
				text
			}
		});
		await snapshot('line-chart-one-point', body);
	});

	it('a method break splits the line in two and is marked; a survey note joins the label', async () => {
		const { body } = render(LineChart, {
			props: {
				label: 'Break',
				points: [point('VNM', 2016, 9.7), point('VNM', 2017, 9), point('VNM', 2020, 83.5)],
				series: [{ key: 'VNM|total', iso3: 'VNM', label: 'Viet Nam' }],
				width: 400,
				height: 240,
				text: { ...text, note: (iso3: string, year: number) => `Survey ${iso3} ${year}` },
				breaks: [{ iso3: 'VNM', year: 2020 }],
				breakLabel: 'new method'
			}
		});
		expect(body).toContain('data-pieces="2"');
		expect(body).toContain('data-break="VNM-2020"');
		// 2017 to 2020 would otherwise be a dashed line over the missing years.
		expect(body).not.toContain('stroke-dasharray="5 4"');
		expect(body).toContain('2020 83.5 (Survey VNM 2020) (3); new method 2020');
		await snapshot('line-chart-break', body);
	});

	it('small multiples, one panel without data', async () => {
		const { body } = render(SmallMultiples, {
			props: {
				label: 'Multiples',
				points: trend,
				countries: ['THA', 'VNM', 'SGP'],
				sex: 'total',
				width: 720,
				text
			}
		});
		await snapshot('small-multiples', body);
	});

	it('gender-gap dumbbell, one member with one sex missing', async () => {
		const { body } = render(Dumbbell, {
			props: { label: 'Gap', rows: gap, width: 520, text }
		});
		await snapshot('dumbbell', body);
	});

	it('scatter on a log x axis that stops at the data', async () => {
		const { body } = render(ScatterPlot, {
			props: {
				label: 'Scatter',
				points: [
					{ iso3: 'THA', x: 18_900.5, x_year: 2020, y: 84.8, y_year: 2019 },
					{ iso3: 'VNM', x: 10_800, x_year: 2020, y: 39.9, y_year: 2020 },
					{ iso3: 'SGP', x: 98_500, x_year: 2020, y: 100, y_year: 2018 },
					{ iso3: 'IDN', x: null, x_year: null, y: 14.1, y_year: 2019 }
				],
				width: 560,
				xTitle: 'GDP per capita (PPP $)',
				yTitle: 'Pension coverage (%)',
				xLog: true,
				xText: chartText({ lang: 'en', decimals: 0, country: (iso3) => names[iso3] ?? iso3 }),
				yText: text
			}
		});
		await snapshot('scatter', body);
	});

	it('sparkline', async () => {
		const { body } = render(Sparkline, {
			props: {
				label: 'Thailand 2015–2018',
				points: [
					{ year: 2015, value: 71.2 },
					{ year: 2016, value: 72.04 },
					{ year: 2018, value: 74.9 }
				]
			}
		});
		await snapshot('sparkline', body);
	});
});

describe('chart frame title', () => {
	it('keeps the words and spaces of the title, offering breaks only between units', async () => {
		const { createRawSnippet } = await import('svelte');
		const ChartFrame = (await import('./ChartFrame.svelte')).default;
		const empty = createRawSnippet(() => ({ render: () => '<span></span>' }));
		const { body } = render(ChartFrame, {
			props: {
				id: 'x',
				title: 'อัตราส่วนการตายของมารดา เมียนมา, พ.ศ. 2563',
				subtitle: 'Per 100,000 live births',
				source: 'UN',
				showTableLabel: 'Show',
				hideTableLabel: 'Hide',
				chart: empty,
				table: empty
			}
		});
		const title = /<h3[^>]*>([\s\S]*?)<\/h3>/.exec(body)![1];
		const plain = title
			.replace(/<!--[^>]*-->/g, '')
			.replace(/<[^>]+>/g, '')
			.trim();
		expect(plain).toBe('อัตราส่วนการตายของมารดา เมียนมา, พ.ศ. 2563');
		expect(title).toContain('>เมียนมา,<');
		expect(title).toContain('>พ.ศ. 2563<');
		expect(title).toContain('<wbr');
	});
});

describe('line labels', () => {
	it('never collide: eleven lines ending on one value get eleven separate label rows', () => {
		const isos = ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'TLS', 'VNM'];
		const { body } = render(LineChart, {
			props: {
				label: 'Crowded',
				points: isos.flatMap((iso3) => [point(iso3, 2015, 50), point(iso3, 2020, 60)]),
				series: isos.map((iso3) => ({ key: `${iso3}|total`, iso3, label: iso3 })),
				width: 500,
				height: 120,
				text
			}
		});
		const labels = /<g class="end-labels[^>]*>([\s\S]*?)<\/g>/.exec(body)![1];
		const ys = [...labels.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
		const height = Number(/<svg[^>]*height="([\d.]+)"/.exec(body)![1]);
		expect(ys).toHaveLength(11);
		const sorted = [...ys].sort((a, b) => a - b);
		for (let i = 1; i < sorted.length; i++) {
			expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(15 - 1e-9);
		}
		expect(sorted[0]).toBeGreaterThanOrEqual(0);
		expect(sorted[sorted.length - 1]).toBeLessThanOrEqual(height);
	});
});
