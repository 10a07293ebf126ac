import type { Sex } from '$lib/dataset/types';
import { buildFacetsQuery, type FacetRow } from '$lib/queries/facets';
import type { ScatterIndicator, ScatterPageData } from '$lib/pages/scatter-data';
import type { ScatterPoint } from '$lib/queries/rows';
import type { QueryRunner } from '$lib/queries/types';
import { viewQueries } from '$lib/queries/view-queries';
import {
	resolveSpec,
	specFromParams,
	specToParams,
	type SpecProblem,
	type ViewSpec
} from '$lib/spec';
import { Player } from './player.svelte';
import { QueryState } from './query.svelte';

/**
 * The scatter page: two indicators against each other for one year. The vertical axis is the
 * spec's indicator, the horizontal one its `x`; uploads join the choices in this browser.
 */
export class ScatterPageState {
	spec = $state<ViewSpec>() as ViewSpec;
	problems = $state.raw<SpecProblem[]>([]);
	uploads = $state.raw<ScatterIndicator[]>([]);
	readonly points: QueryState<ScatterPoint, ViewSpec>;
	/** Play over the years: moves the spec's year; the URL follows once it stops */
	readonly player: Player;
	/** Each axis indicator's values by sex and year, asked only while playing: the fixed axes */
	readonly xFacets: QueryState<FacetRow, string>;
	readonly yFacets: QueryState<FacetRow, string>;

	constructor(
		readonly data: ScatterPageData,
		runner: QueryRunner
	) {
		this.spec = data.defaults;
		this.points = new QueryState(runner, { ...data.initial, tag: data.defaults });
		this.xFacets = new QueryState(runner, { query: null, rows: [], tag: '' });
		this.yFacets = new QueryState(runner, { query: null, rows: [], tag: '' });
		this.player = new Player({
			years: data.years,
			year: data.defaults.year === 'latest' ? null : data.defaults.year,
			onchange: (year) => {
				if (year !== null && year !== this.spec.year) this.update({ year });
			}
		});
	}

	/**
	 * While playing, an axis spans its indicator's whole range for the sex shown (every year and
	 * member), so points move against axes that stand still; null otherwise.
	 */
	axisDomain(axis: 'x' | 'y'): [number, number] | null {
		if (!this.player.engaged) return null;
		const facets = axis === 'x' ? this.xFacets : this.yFacets;
		const sex: Sex = axis === 'x' ? (this.spec.x?.sex ?? 'total') : (this.spec.sex as Sex);
		const wanted = axis === 'x' ? this.spec.x?.indicator : this.spec.indicator;
		if (facets.shown !== wanted) return null;
		const rows = facets.rows.filter((f) => f.sex === sex);
		if (!rows.length) return null;
		return [Math.min(...rows.map((r) => r.low)), Math.max(...rows.map((r) => r.high))];
	}

	/** A year picked on the slider: play ends and the axes fit that year again. */
	chooseYear(year: number) {
		this.player.release(year);
		this.update({ year });
	}

	get indicators(): ScatterIndicator[] {
		return [...this.data.indicators, ...this.uploads];
	}

	indicator(id: string): ScatterIndicator | undefined {
		return this.indicators.find((i) => i.id === id);
	}

	readUrl(params: URLSearchParams) {
		const read = specFromParams(params, this.data.defaults, 'y');
		// A new axis takes that indicator's own sex and scale unless the link says otherwise.
		const x = read.spec.x && this.indicator(read.spec.x.indicator);
		if (x && read.spec.x && !params.has('xsex')) read.spec.x = { ...read.spec.x, sex: x.sex };
		if (x && read.spec.x && !params.has('logx')) read.spec.x = { ...read.spec.x, log: x.log };
		const y = this.indicator(read.spec.indicator);
		if (y && !params.has('sex')) read.spec.sex = y.sex;
		if (y && !params.has('log')) read.spec.log = y.log;
		const resolved = resolveSpec(read.spec, this.data.defaults, {
			indicators: this.indicators.map((i) => i.id),
			years: this.data.years,
			sexes: ['total', 'female', 'male'],
			charts: ['scatter']
		});
		this.spec = resolved.spec;
		this.problems = [...read.problems, ...resolved.problems];
		this.player.release(this.spec.year === 'latest' ? null : this.spec.year);
	}

	writeUrl(params: URLSearchParams): URLSearchParams {
		return specToParams(this.spec, this.data.defaults, 'y', params);
	}

	setAxis(axis: 'x' | 'y', id: string) {
		const chosen = this.indicator(id);
		if (!chosen) return;
		if (axis === 'x')
			this.spec = { ...this.spec, x: { indicator: id, sex: chosen.sex, log: chosen.log } };
		else this.spec = { ...this.spec, indicator: id, sex: chosen.sex, log: chosen.log };
	}

	update(patch: Partial<ViewSpec>) {
		this.spec = { ...this.spec, ...patch };
	}

	request() {
		this.points.request(viewQueries(this.spec).main, this.spec);
		if (this.player.engaged) {
			const x = this.spec.x?.indicator;
			if (x) this.xFacets.request(buildFacetsQuery(x), x);
			this.yFacets.request(buildFacetsQuery(this.spec.indicator), this.spec.indicator);
		}
	}
}
