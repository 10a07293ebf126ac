import { describe, expect, it } from 'vitest';
import {
	parseIndicatorView,
	parseTrendOptions,
	writeIndicatorView,
	writeTrendOptions,
	type IndicatorViewDefaults
} from './view-params';
import { ISO3_CODES } from '$lib/countries/members';

const defaults: IndicatorViewDefaults = {
	countries: [...ISO3_CODES],
	year: 2022,
	sex: 'total',
	years: [2000, 2010, 2022],
	sexes: ['total', 'female', 'male']
};

describe('indicator view in the URL', () => {
	it('round-trips a non-default view', () => {
		const view = {
			countries: ['THA' as const, 'VNM' as const],
			year: 2010,
			sex: 'compare' as const
		};
		const params = writeIndicatorView(view, defaults);
		expect(params.toString()).toBe('countries=THA%2CVNM&year=2010&sex=compare');
		expect(parseIndicatorView(params, defaults)).toEqual(view);
	});

	it('writes nothing for the default view', () => {
		expect(writeIndicatorView(defaults, defaults).toString()).toBe('');
	});

	it('keeps an empty country choice distinct from the default', () => {
		const params = writeIndicatorView({ ...defaults, countries: [] }, defaults);
		expect(params.get('countries')).toBe('none');
		expect(parseIndicatorView(params, defaults).countries).toEqual([]);
	});

	it('ignores values that do not fit this indicator', () => {
		const parsed = parseIndicatorView(
			new URLSearchParams('countries=XXX,tha&year=1999&sex=other'),
			defaults
		);
		expect(parsed).toEqual({ countries: ['THA'], year: 2022, sex: 'total' });
		expect(
			parseIndicatorView(new URLSearchParams('sex=compare'), { ...defaults, sexes: ['total'] }).sex
		).toBe('total');
		expect(parseIndicatorView(new URLSearchParams('year=latest'), defaults).year).toBe('latest');
	});
});

describe('trend options in the URL', () => {
	it('round-trips change-since and log scale, and drops years without data', () => {
		const options = { change: true, since: 2010, log: true };
		const params = writeTrendOptions(options, false, new URLSearchParams());
		expect(params.toString()).toBe('since=2010&log=1');
		expect(parseTrendOptions(params, [2000, 2010], false)).toEqual(options);
		expect(parseTrendOptions(new URLSearchParams('since=1999'), [2000], false).change).toBe(false);
		expect(
			writeTrendOptions(
				{ change: false, since: null, log: true },
				true,
				new URLSearchParams()
			).toString()
		).toBe('');
	});
});
