import { ISO3_CODES, type Iso3 } from '$lib/countries/members';
import type { Sex } from '$lib/dataset/types';
import type { Lang } from '$lib/i18n/locale';
import { SPEC_VERSION, type ChartKind, type ViewSpec, type YearChoice } from './types';

export const TOLERANCES = [0, 1, 2, 5, 10] as const;
export const DEFAULT_TOLERANCE = 5;

export interface SpecDefaults {
	chart?: ChartKind;
	indicator: string;
	lang: Lang;
	sex?: Sex;
	year?: YearChoice;
	countries?: readonly Iso3[];
	log?: boolean;
	x?: ViewSpec['x'];
}

/** A complete spec from the few things that differ between views; the rest is the site default. */
export function defaultSpec(d: SpecDefaults): ViewSpec {
	return {
		version: SPEC_VERSION,
		chart: d.chart ?? 'ranked',
		indicator: d.indicator,
		countries: [...(d.countries ?? ISO3_CODES)],
		highlight: [],
		year: d.year ?? 'latest',
		range: null,
		sex: d.sex ?? 'total',
		log: d.log ?? false,
		since: null,
		x: d.x ?? null,
		tolerance: DEFAULT_TOLERANCE,
		era: null,
		lang: d.lang
	};
}

/** The same view drawn as another kind of chart (the indicator page's sections share one spec). */
export function asChart(spec: ViewSpec, chart: ChartKind): ViewSpec {
	return spec.chart === chart ? spec : { ...spec, chart };
}

/** Field-by-field equality, order of country lists included (they are kept in member order). */
export function sameSpec(a: ViewSpec, b: ViewSpec): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
