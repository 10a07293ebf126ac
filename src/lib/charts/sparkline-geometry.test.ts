import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Sparkline from './Sparkline.svelte';
import { sparklineGeometry } from './sparkline-geometry';

const points = [
	{ year: 2015, value: 71.2 },
	{ year: 2016, value: 72.04 },
	{ year: 2018, value: 74.9 }
];

describe('sparklineGeometry', () => {
	it('spans the box with 3 px to spare, lowest value at the bottom, ending on the last point', () => {
		const { path, last } = sparklineGeometry(points);
		expect(path).toBe('M3,29L41,23.1L117,3');
		expect(last).toEqual({ cx: 117, cy: 3 });
	});

	it('puts a single point, or a flat line, in the middle', () => {
		expect(sparklineGeometry([{ year: 2020, value: 5 }])).toEqual({
			path: 'M60,16Z',
			last: { cx: 60, cy: 16 }
		});
		const flat = sparklineGeometry([
			{ year: 2000, value: 2 },
			{ year: 2010, value: 2 }
		]);
		expect(flat.path).toBe('M3,16L117,16');
	});

	it('draws nothing without points', () => {
		expect(sparklineGeometry([])).toEqual({ path: '', last: null });
	});

	it('made beforehand (a prerendered profile) draws the same SVG as made by the component', () => {
		const props = { label: 'Thailand 2015–2018', points, color: '#123456' };
		const own = render(Sparkline, { props }).body;
		const made = render(Sparkline, {
			props: { ...props, points: [], geometry: sparklineGeometry(points) }
		}).body;
		expect(made).toBe(own);
		expect(own).toContain('d="M3,29L41,23.1L117,3"');
	});
});
