import type { Iso3 } from '$lib/countries/members';
import type { Sex } from '$lib/dataset/types';
import type { Era, Lang } from '$lib/i18n/locale';

/** The schema version written into every stored spec; older ones are migrated as they are read. */
export const SPEC_VERSION = 2;

export const CHART_KINDS = [
	'ranked',
	'map',
	'trend',
	'multiples',
	'gender-gap',
	'scatter',
	'sparkline'
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export type SexChoice = Sex | 'compare';
/** A calendar year, or each member's most recent value ("latest per member"). */
export type YearChoice = number | 'latest';

/** The horizontal axis of a scatter; the vertical one is the spec's own indicator. */
export interface ScatterX {
	indicator: string;
	sex: Sex;
	log: boolean;
}

/**
 * One chart, written down: everything needed to draw it again anywhere (a page, a link, a deck, an
 * embed). Plain data only, so it survives JSON and URLs unchanged.
 */
export interface ViewSpec {
	version: typeof SPEC_VERSION;
	chart: ChartKind;
	/** The indicator drawn; for a scatter, the vertical axis. Shared id or an upload's `user:` id */
	indicator: string;
	/** Series drawn over time (trend, small multiples, sparkline) */
	countries: Iso3[];
	/** Emphasised in any chart; the others are dimmed */
	highlight: Iso3[];
	/** Ranked, map, gender gap and scatter show one year, or each member's latest */
	year: YearChoice;
	/** Trend and small multiples: the years shown, both ends included; null shows every year */
	range: [number, number] | null;
	sex: SexChoice;
	log: boolean;
	/** Trend: each series as change since this year, instead of the published values */
	since: number | null;
	/** Scatter only */
	x: ScatterX | null;
	/** Scatter: how many years before `year` a member's value may come from */
	tolerance: number;
	/** null follows the language (B.E. in Thai, C.E. in English) */
	era: Era | null;
	lang: Lang;
}

/** What an indicator offers, against which a spec's values are checked. */
export interface SpecContext {
	indicators: readonly string[];
	years: readonly number[];
	sexes: readonly Sex[];
}

/** A part of a link or stored spec that could not be used; the default was used instead. */
export interface SpecProblem {
	field: string;
	value: string;
}
