import type { Localized } from '$lib/i18n/locale';
import type { Iso3 } from '$lib/countries/members';

export type Group = 'women' | 'children' | 'older-persons' | 'disability' | 'context';
export type Sex = 'total' | 'female' | 'male';
export type Direction = 'higher-is-better' | 'lower-is-better' | 'neutral';

export const GROUPS: readonly Group[] = [
	'women',
	'children',
	'older-persons',
	'disability',
	'context'
];
export const SEXES: readonly Sex[] = ['total', 'female', 'male'];

export interface IndicatorSource {
	publisher: string;
	dataset: string;
	series: string | string[];
	url: string;
	licence: string;
}

/** One entry of static/data/catalog.json (the dataset contract; extra fields are optional). */
export interface Indicator {
	id: string;
	group: Group;
	name: Localized;
	unit: Localized;
	definition: Localized;
	decimals: number;
	direction: Direction;
	source: IndicatorSource;
	sexes?: Sex[];
	defaultSex?: Sex;
	yearRange?: [number, number];
	comparable?: boolean;
	caveat?: Localized;
	credit?: string;
	scale?: 'linear' | 'log';
	/** Set for an analyst's uploaded indicator: shown as theirs, with the file it came from */
	user?: { datasetName: string; fileName: string };
}

/** One row of observations.csv / observations.arrow. */
export interface Observation {
	indicator_id: string;
	iso3: Iso3;
	year: number;
	sex: Sex;
	value: number;
	flag: string;
}

/** A point on a chart: one country, one year, one sex. */
export interface Point {
	iso3: Iso3;
	year: number;
	sex: Sex;
	value: number;
	flag: string;
}

/** A bar chart row: every member appears, with `value` null where there is no data. */
export interface RankedRow {
	iso3: Iso3;
	sex: Sex;
	year: number | null;
	value: number | null;
	flag: string;
}
