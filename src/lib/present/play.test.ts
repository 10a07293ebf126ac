import { describe, expect, it } from 'vitest';
import { defaultSpec } from '$lib/spec';
import { playedSpec } from './play';

const years = [2010, 2012, 2015];

describe('playedSpec', () => {
	it('shows a one-year chart at the step and leaves the rest of the spec alone', () => {
		const spec = {
			...defaultSpec({ indicator: 'pension-coverage', lang: 'en' }),
			highlight: ['THA' as const]
		};
		expect(playedSpec(spec, years, 2012)).toEqual({ ...spec, year: 2012 });
		expect(playedSpec(spec, years, null)).toBe(spec);
	});

	it('grows a chart over time up to the step from its saved start', () => {
		const trend = defaultSpec({ indicator: 'pension-coverage', lang: 'en', chart: 'trend' });
		expect(playedSpec(trend, years, 2012).range).toEqual([2010, 2012]);
		expect(playedSpec({ ...trend, range: [2012, 2015] }, years, 2015).range).toEqual([2012, 2015]);
		expect(playedSpec({ ...trend, range: [2012, 2015] }, years, 2010).range).toEqual([2010, 2010]);
	});
});
