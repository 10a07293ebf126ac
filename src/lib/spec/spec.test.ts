import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISO3_CODES } from '$lib/countries/members';
import {
	CHART_KINDS,
	defaultSpec,
	resolveSpec,
	specFromJson,
	specFromParams,
	specToJson,
	specToParams,
	SPEC_VERSION,
	TOLERANCES,
	type ViewSpec
} from './index';

const defaults = defaultSpec({ indicator: 'pension-coverage', lang: 'en', year: 2019 });
const context = {
	indicators: ['pension-coverage', 'gdp-per-capita-ppp'],
	years: [2000, 2010, 2015, 2019],
	sexes: ['total', 'female', 'male'] as const
};

const arbitrarySpec: fc.Arbitrary<ViewSpec> = fc.record({
	version: fc.constant(SPEC_VERSION),
	chart: fc.constantFrom(...CHART_KINDS),
	indicator: fc.constantFrom('pension-coverage', 'user:abc-1', 'x y/ü'),
	countries: fc.subarray([...ISO3_CODES]),
	highlight: fc.subarray([...ISO3_CODES]),
	year: fc.oneof(fc.constant('latest' as const), fc.integer({ min: 1960, max: 2030 })),
	range: fc.option(
		fc
			.tuple(fc.integer({ min: 1960, max: 2030 }), fc.integer({ min: 0, max: 30 }))
			.map(([a, d]) => [a, a + d] as [number, number]),
		{ nil: null }
	),
	sex: fc.constantFrom('total', 'female', 'male', 'compare'),
	log: fc.boolean(),
	since: fc.option(fc.integer({ min: 1960, max: 2030 }), { nil: null }),
	x: fc.option(
		fc.record({
			indicator: fc.constantFrom('gdp-per-capita-ppp', 'user:z'),
			sex: fc.constantFrom('total', 'female', 'male'),
			log: fc.boolean()
		}),
		{ nil: null }
	),
	tolerance: fc.constantFrom(...TOLERANCES),
	era: fc.constantFrom(null, 'be', 'ce'),
	lang: fc.constantFrom('en', 'th')
}) as fc.Arbitrary<ViewSpec>;

describe('view spec in a URL', () => {
	it('writes nothing for the default view', () => {
		expect(specToParams(defaults, defaults).toString()).toBe('');
	});

	it('round-trips any spec through its parameters', () => {
		fc.assert(
			fc.property(arbitrarySpec, (spec) => {
				const base = { ...defaults, indicator: spec.indicator, lang: spec.lang };
				const params = specToParams(spec, base, 'y');
				const read = specFromParams(new URLSearchParams(params.toString()), base, 'y');
				expect(read.problems).toEqual([]);
				expect(read.spec).toEqual(spec.x === null ? { ...spec, x: base.x } : spec);
			})
		);
	});

	it('reads the links the site wrote before specs existed', () => {
		const { spec, problems } = specFromParams(
			new URLSearchParams('countries=vnm,THA&year=2015&sex=female&since=2010&log=1&era=be'),
			defaults
		);
		expect(problems).toEqual([]);
		expect(spec).toMatchObject({
			countries: ['THA', 'VNM'],
			year: 2015,
			sex: 'female',
			since: 2010,
			log: true,
			era: 'be'
		});
	});

	it('reports what it cannot read and keeps the default for it', () => {
		const { spec, problems } = specFromParams(
			new URLSearchParams('chart=pie&year=last&countries=THA,XXX&sex=other&log=yes'),
			defaults
		);
		expect(problems).toEqual([
			{ field: 'chart', value: 'pie' },
			{ field: 'countries', value: 'XXX' },
			{ field: 'year', value: 'last' },
			{ field: 'sex', value: 'other' },
			{ field: 'log', value: 'yes' }
		]);
		expect(spec).toEqual({ ...defaults, countries: ['THA'] });
	});

	it('falls back field by field when values do not fit the indicator', () => {
		const wanted = { ...defaults, year: 1999, sex: 'compare' as const, since: 2011 };
		const { spec, problems } = resolveSpec(wanted, defaults, {
			...context,
			sexes: ['total']
		});
		expect(problems.map((p) => p.field)).toEqual(['year', 'sex', 'since']);
		expect(spec).toEqual(defaults);
	});

	it('accepts a view that fits', () => {
		const wanted: ViewSpec = { ...defaults, chart: 'trend', year: 2010, range: [2005, 2019] };
		expect(resolveSpec(wanted, defaults, context)).toEqual({ spec: wanted, problems: [] });
	});
});

describe('view spec as stored JSON', () => {
	it('round-trips any spec', () => {
		fc.assert(
			fc.property(arbitrarySpec, (spec) => {
				const read = specFromJson(specToJson(spec));
				expect(read).toEqual({ ok: true, spec });
			})
		);
	});

	it('is compact for a default view', () => {
		expect(specToJson(defaults)).toBe(
			'{"v":2,"chart":"ranked","indicator":"pension-coverage","year":2019,"lang":"en"}'
		);
	});

	it('migrates a version 1 spec as it is read', () => {
		const read = specFromJson({
			v: 1,
			indicator: 'pension-coverage',
			chart: 'trend',
			lang: 'th',
			query: 'countries=THA,VNM&year=2019&sex=female&since=2010'
		});
		expect(read).toEqual({
			ok: true,
			spec: {
				...defaultSpec({ indicator: 'pension-coverage', lang: 'th' }),
				chart: 'trend',
				countries: ['THA', 'VNM'],
				year: 2019,
				sex: 'female',
				since: 2010
			}
		});
	});

	it('says why a stored spec cannot be read', () => {
		expect(specFromJson('{oops')).toMatchObject({ ok: false, error: { code: 'not-json' } });
		expect(specFromJson('[1]')).toMatchObject({ ok: false, error: { code: 'not-a-spec' } });
		expect(specFromJson({ indicator: 'a' })).toMatchObject({
			ok: false,
			error: { code: 'not-a-spec' }
		});
		expect(specFromJson({ v: 99, indicator: 'a', lang: 'en' })).toEqual({
			ok: false,
			error: { code: 'newer-version', version: 99 }
		});
		expect(specFromJson({ v: 2, indicator: 'a', lang: 'en', chart: 'pie' })).toEqual({
			ok: false,
			error: { code: 'bad-field', field: 'chart', detail: 'pie' }
		});
		expect(specFromJson({ v: 2, indicator: 'a', lang: 'en', countries: ['THA', 'FRA'] })).toEqual({
			ok: false,
			error: { code: 'bad-field', field: 'countries', detail: '["THA","FRA"]' }
		});
	});
});
