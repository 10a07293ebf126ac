import { describe, expect, it } from 'vitest';
import {
	SLIDE_HEIGHT,
	SLIDE_MIN_FONT,
	SLIDE_WIDTH,
	composeSlide,
	fitChart,
	minimumChartFont,
	raiseFontSizes
} from './slide';
import { approximateMeasure } from './wrap';

const chart =
	'<svg xmlns="http://www.w3.org/2000/svg" class="chart ranked-bars" width="720" height="342" font-size="16px">' +
	'<g font-size="13px"><text>Thailand</text><text font-size="12px">no data</text></g>' +
	'<g class="map-legend" font-size="12"><text>Fewer</text></g>' +
	'<text style="font-size: 11px">tick</text><text font-size="40">big</text></svg>';

const sizes = (markup: string) => [
	...[...markup.matchAll(/font-size="([\d.]+)(?:px)?"/g)].map((m) => Number(m[1])),
	...[...markup.matchAll(/font-size:\s*([\d.]+)px/g)].map((m) => Number(m[1]))
];

describe('fitChart', () => {
	it('enlarges a chart into the room left, without distortion, centred', () => {
		const box = fitChart(720, 342, { top: 200, bottom: 880, left: 60, right: 1860 });
		expect(box.scale).toBeCloseTo(680 / 342);
		expect(box.height).toBeCloseTo(680);
		expect(box.x + box.width / 2).toBeCloseTo(960, 0);
		const wide = fitChart(1800, 300, { top: 200, bottom: 880, left: 60, right: 1860 });
		expect(wide.scale).toBeCloseTo(1);
		expect(wide.width).toBeCloseTo(1800);
	});
});

describe('raiseFontSizes', () => {
	it('raises attributes and inline styles below the minimum, keeps larger ones', () => {
		const raised = raiseFontSizes(chart, 14.5);
		expect(sizes(raised).sort((a, b) => a - b)).toEqual([14.5, 14.5, 14.5, 14.5, 16, 40]);
		expect(raised).toContain('<text font-size="40">big</text>');
	});
});

describe('composeSlide', () => {
	const slide = composeSlide({
		title:
			'Pension coverage, 2020: a long title that needs to wrap onto a second line on the slide',
		subtitle: 'Share of persons above statutory pensionable age receiving a pension, %',
		caveat: 'Figures are not comparable across members',
		source: 'Source: ILO World Social Protection Database; CC BY 4.0',
		credit: 'ASEAN Social Welfare Dashboard · http://127.0.0.1/x · accessed 2 Dec 2026',
		chartMarkup: chart,
		chartWidth: 720,
		chartHeight: 342
	});

	it('is a 1920×1080 image', () => {
		expect(slide).toMatch(new RegExp(`^<svg[^>]* width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}"`));
		expect(slide).toContain(`viewBox="0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}"`);
	});

	it('draws no text smaller than 28 px once the chart is enlarged', () => {
		const placed = /<svg[^>]*class="[^"]*slide-chart"[^>]*>/.exec(slide)![0];
		const width = Number(/ width="([\d.]+)"/.exec(placed)![1]);
		const viewWidth = Number(/viewBox="0 0 ([\d.]+)/.exec(placed)![1]);
		const scale = width / viewWidth;
		const [outside, inside] = slide.split(placed);
		for (const size of sizes(outside)) expect(size).toBeGreaterThanOrEqual(SLIDE_MIN_FONT);
		for (const size of sizes(inside))
			expect(size * scale).toBeGreaterThanOrEqual(SLIDE_MIN_FONT - 0.01);
		expect(minimumChartFont(scale) * scale).toBeGreaterThanOrEqual(SLIDE_MIN_FONT);
	});

	it('writes no attribute twice in a tag (a browser will not read such an SVG as an image)', () => {
		for (const [tag] of slide.matchAll(/<[a-z][^>]*>/gi)) {
			const names = [...tag.matchAll(/\s([\w:-]+)="/g)].map((m) => m[1]);
			expect(new Set(names).size, tag).toBe(names.length);
		}
		expect(slide).toMatch(/<svg[^>]* class="chart ranked-bars slide-chart"/);
	});

	it('keeps the caveat, source and credit, and fits every line inside the slide', () => {
		for (const kind of ['title', 'subtitle', 'caveat', 'source', 'credit'])
			expect(slide).toContain(`class="slide-${kind}"`);
		const baselines = [...slide.matchAll(/<text x="64" y="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(Math.max(...baselines)).toBeLessThanOrEqual(SLIDE_HEIGHT);
		expect(slide.match(/class="slide-title"/g)!.length).toBe(2);
	});

	it('wraps a long source and credit onto as many lines as they need, inside the slide width', () => {
		const long = composeSlide({
			title: 'Pensions',
			subtitle: '',
			source:
				'Source: International Labour Organization (ILO), via UN Statistics Division. '.repeat(4),
			credit:
				'ASEAN Social Welfare Dashboard · http://127.0.0.1/indicator/x/?chart=ranked&highlight=THA&era=ce · accessed 2 December 2026',
			chartMarkup: chart,
			chartWidth: 720,
			chartHeight: 342
		});
		const measure = approximateMeasure('normal');
		const foot = [
			...long.matchAll(/font-size="([\d.]+)"[^>]*class="slide-(source|credit)">([^<]*)</g)
		];
		expect(foot.filter((m) => m[2] === 'source').length).toBeGreaterThan(2);
		for (const [, size, , line] of foot) {
			const text = line.replace(/&amp;/g, '&');
			expect(measure(text, Number(size))).toBeLessThanOrEqual(SLIDE_WIDTH - 2 * 64);
		}
	});

	it('breaks Thai by words, never inside one', () => {
		const thai = composeSlide({
			title: 'ความครอบคลุมของบำนาญ บรูไนดารุสซาลาม เมียนมา และประเทศอื่น ๆ ในอาเซียน พ.ศ. 2563 '.repeat(2),
			subtitle: '',
			source: '',
			chartMarkup: chart,
			chartWidth: 720,
			chartHeight: 342
		});
		const lines = [...thai.matchAll(/class="slide-title">([^<]*)</g)].map((m) => m[1]);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) {
			expect(line).not.toMatch(/^ดารุสซาลาม|^นมา|^2563/);
			expect(line).not.toMatch(/พ\.ศ\.$/);
		}
	});
});
