import { defaultSexOf, hasSexBreakdown } from '$lib/dataset/indicator';
import { SEXES, type Indicator, type Point, type RankedRow, type Sex } from '$lib/dataset/types';
import type { Lang } from '$lib/i18n/locale';
import { valueExtents } from '$lib/map/bins';
import { buildFacetsQuery, type FacetRow } from '$lib/queries/facets';
import { buildFreshnessQuery, type FreshnessRow } from '$lib/queries/freshness';
import type { MedianPoint } from '$lib/queries/rows';
import type { BuiltQuery, QueryRunner } from '$lib/queries/types';
import { viewQueries } from '$lib/queries/view-queries';
import { asChart, defaultSpec, type ChartKind, type ViewSpec } from '$lib/spec';

/** The charts of an indicator page, in page order; each is the page's spec drawn as that kind. */
export const INDICATOR_CHARTS = ['ranked', 'map', 'trend', 'multiples', 'gender-gap'] as const;
export type IndicatorChart = (typeof INDICATOR_CHARTS)[number];

export interface Answer<T> {
	query: BuiltQuery | null;
	rows: T[];
}

export interface IndicatorPageData {
	indicator: Indicator;
	sexes: Sex[];
	years: number[];
	/** The default view: all members, the default sex, each member's latest value */
	defaults: ViewSpec;
	/** Each chart's answer for the default view, so it is drawn before any engine starts */
	initial: {
		ranked: Answer<RankedRow>;
		map: Answer<RankedRow>;
		trend: Answer<Point>;
		median: Answer<MedianPoint>;
		multiples: Answer<Point>;
		'gender-gap': Answer<RankedRow>;
	};
	flags: Record<string, { en: string; th: string }>;
	/** Each member's most recent year with data (members without data have no row) */
	freshness: FreshnessRow[];
	/** Lowest and highest value of each sex over every year and member: the map's fixed classes */
	valueExtents: Partial<Record<Sex, [number, number]>>;
}

/**
 * Everything an indicator page needs, asked of an engine with the same queries the page asks
 * later: native DuckDB at build time for the shared indicators, DuckDB-WASM for an upload.
 */
export async function indicatorPageData(
	indicator: Indicator,
	runner: QueryRunner,
	flags: IndicatorPageData['flags'],
	lang: Lang
): Promise<IndicatorPageData> {
	const facets = await runner.run<FacetRow>(buildFacetsQuery(indicator.id));
	const present = new Set(facets.map((f) => f.sex));
	const sexes = SEXES.filter((s) =>
		indicator.sexes?.length ? indicator.sexes.includes(s) : present.has(s)
	);
	const sex = defaultSexOf(indicator, sexes);
	const yearsOfSexes = (wanted: readonly Sex[]) =>
		[...new Set(facets.filter((f) => wanted.includes(f.sex as Sex)).map((f) => f.year))].sort(
			(a, b) => a - b
		);
	const years = yearsOfSexes(sexes);
	// Each member's most recent value, with its year, so no member hides behind a year it skipped.
	const defaults = defaultSpec({
		indicator: indicator.id,
		lang,
		sex,
		year: 'latest',
		log: indicator.scale === 'log'
	});
	// Charts asking the same question share one answer, so the page carries its rows once.
	const asked = new Map<string, Promise<unknown[]>>();
	const answer = async <T>(query: BuiltQuery | null): Promise<Answer<T>> => {
		if (!query) return { query, rows: [] };
		const key = JSON.stringify([query.sql, query.params]);
		if (!asked.has(key)) asked.set(key, runner.run<T>(query));
		return { query, rows: (await asked.get(key)) as T[] };
	};
	const queriesOf = (chart: ChartKind) => viewQueries(asChart(defaults, chart));
	const [ranked, map, trend, median, multiples, gap, freshness] = await Promise.all([
		answer<RankedRow>(queriesOf('ranked').main),
		answer<RankedRow>(queriesOf('map').main),
		answer<Point>(queriesOf('trend').main),
		answer<MedianPoint>(queriesOf('trend').median),
		answer<Point>(queriesOf('multiples').main),
		hasSexBreakdown(sexes)
			? answer<RankedRow>(queriesOf('gender-gap').main)
			: Promise.resolve({ query: null, rows: [] }),
		runner.run<FreshnessRow>(buildFreshnessQuery({ indicatorIds: [indicator.id] }))
	]);
	return {
		indicator,
		flags,
		sexes,
		years,
		defaults,
		freshness,
		valueExtents: valueExtents(
			facets.flatMap((f) => [
				{ sex: f.sex as Sex, value: Number(f.low) },
				{ sex: f.sex as Sex, value: Number(f.high) }
			])
		),
		initial: { ranked, map, trend, median, multiples, 'gender-gap': gap }
	};
}
