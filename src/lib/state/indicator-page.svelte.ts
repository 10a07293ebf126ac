import { getContext, setContext } from 'svelte';
import { hasSexBreakdown } from '$lib/dataset/indicator';
import type { Point, RankedRow } from '$lib/dataset/types';
import type { IndicatorChart, IndicatorPageData } from '$lib/pages/indicator-data';
import { INDICATOR_CHARTS } from '$lib/pages/indicator-data';
import type { MedianPoint } from '$lib/queries/rows';
import type { QueryRunner } from '$lib/queries/types';
import { viewQueries } from '$lib/queries/view-queries';
import {
	asChart,
	resolveSpec,
	specFromParams,
	specToParams,
	type IndicatorParam,
	type SpecProblem,
	type ViewSpec
} from '$lib/spec';
import type { Sex } from '$lib/dataset/types';
import { Player } from './player.svelte';
import { QueryState } from './query.svelte';

/**
 * One indicator page: the view the user asks for (`spec`, mirrored in the URL) and each chart's
 * rows. Every chart is the page's spec drawn as its own kind, so any of them can be written down
 * as a link, a slide or an embed.
 */
export class IndicatorPageState {
	spec = $state<ViewSpec>() as ViewSpec;
	/** Parts of the link that could not be used; the page shows them and the default instead */
	problems = $state.raw<SpecProblem[]>([]);
	/** `?embed=1`: only the spec's chart, filling its frame */
	embed = $state(false);
	/** Put before each chart frame's id, so several slides can share one page */
	idPrefix = '';
	/** `?embed=1&controls=1`: the embed keeps its controls and toolbar */
	controls = $state(false);
	/** The `chart=` of an embed link that names no chart of this page */
	unknownChart = $state<string | null>(null);

	readonly breakdown: boolean;
	/** Play over the years: moves the spec's year; the URL follows once it stops */
	readonly player: Player;
	readonly ranked: QueryState<RankedRow, ViewSpec>;
	readonly map: QueryState<RankedRow, ViewSpec>;
	readonly trend: QueryState<Point, ViewSpec>;
	readonly median: QueryState<MedianPoint, ViewSpec>;
	readonly multiples: QueryState<Point, ViewSpec>;
	readonly gap: QueryState<RankedRow, ViewSpec>;

	constructor(
		readonly data: IndicatorPageData,
		runner: QueryRunner,
		readonly indicatorParam: IndicatorParam = 'path'
	) {
		this.spec = data.defaults;
		this.breakdown = hasSexBreakdown(data.sexes);
		const start = <T>(chart: IndicatorChart, answer: { query: unknown; rows: T[] }) =>
			new QueryState<T, ViewSpec>(runner, {
				query: answer.query as never,
				rows: answer.rows,
				tag: asChart(data.defaults, chart)
			});
		this.ranked = start('ranked', data.initial.ranked);
		this.map = start('map', data.initial.map);
		this.trend = start('trend', data.initial.trend);
		this.median = start('trend', data.initial.median);
		this.multiples = start('multiples', data.initial.multiples);
		this.gap = start('gender-gap', data.initial['gender-gap']);
		this.player = new Player({
			years: data.years,
			onchange: (year) => {
				if (year !== null && year !== this.spec.year) this.update({ year });
			}
		});
	}

	/**
	 * While playing, a value axis spans the indicator's whole range for the sexes shown (every
	 * year, every member), so it stands still and bars compare from year to year; null otherwise.
	 */
	playDomain(sexes: readonly Sex[]): [number, number] | null {
		if (!this.player.engaged) return null;
		const extents = sexes.flatMap((sex) => this.data.valueExtents?.[sex] ?? []);
		return extents.length ? [Math.min(...extents), Math.max(...extents)] : null;
	}

	/** A year picked from the menu: play ends and the charts go back to their own scales. */
	chooseYear(year: ViewSpec['year']) {
		this.player.release(year === 'latest' ? null : year);
		this.update({ year });
	}

	get defaults(): ViewSpec {
		return this.data.defaults;
	}

	/** The charts this indicator can draw (female vs male only where both are published). */
	get charts(): readonly IndicatorChart[] {
		return INDICATOR_CHARTS.filter((c) => c !== 'gender-gap' || this.breakdown);
	}

	readUrl(params: URLSearchParams) {
		const read = specFromParams(params, this.defaults, this.indicatorParam);
		const resolved = resolveSpec(read.spec, this.defaults, {
			indicators: [this.data.indicator.id],
			years: this.data.years,
			sexes: this.data.sexes,
			charts: this.charts
		});
		this.spec = resolved.spec;
		this.problems = [...read.problems, ...resolved.problems];
		this.embed = params.get('embed') === '1';
		this.controls = params.get('controls') === '1';
		const chart = params.get('chart');
		this.unknownChart =
			chart !== null && !(this.charts as readonly string[]).includes(chart) ? chart : null;
		this.player.release(this.spec.year === 'latest' ? null : this.spec.year);
	}

	/** The page's query string for the current view, keeping parameters that are not the spec's. */
	writeUrl(params: URLSearchParams): URLSearchParams {
		return specToParams(this.spec, this.defaults, this.indicatorParam, params);
	}

	/** A link that opens this chart as it is now, for Copy link, decks and embeds. */
	chartParams(chart: IndicatorChart, embed = false): URLSearchParams {
		const params = specToParams(asChart(this.spec, chart), this.defaults, this.indicatorParam);
		params.set('chart', chart);
		if (embed) params.set('embed', '1');
		return params;
	}

	update(patch: Partial<ViewSpec>) {
		this.spec = { ...this.spec, ...patch };
	}

	/**
	 * Asks each chart (or only the one a slide draws) for the rows of the current view; charts whose
	 * query is unchanged keep theirs.
	 */
	request(only?: IndicatorChart) {
		const spec = this.spec;
		const ask = <T>(
			state: QueryState<T, ViewSpec>,
			chart: IndicatorChart,
			part: 'main' | 'median'
		) => {
			if (only && only !== chart) return;
			const chartSpec = asChart(spec, chart);
			state.request(viewQueries(chartSpec)[part], chartSpec);
		};
		ask(this.ranked, 'ranked', 'main');
		ask(this.map, 'map', 'main');
		ask(this.trend, 'trend', 'main');
		ask(this.median, 'trend', 'median');
		ask(this.multiples, 'multiples', 'main');
		if (this.breakdown) ask(this.gap, 'gender-gap', 'main');
	}
}

const key = Symbol('indicator-page');

export function setIndicatorPage(state: IndicatorPageState): IndicatorPageState {
	return setContext(key, state);
}

export function getIndicatorPage(): IndicatorPageState {
	const state = getContext<IndicatorPageState | undefined>(key);
	if (!state) throw new Error('IndicatorPageState context is missing: set it in IndicatorPage');
	return state;
}
