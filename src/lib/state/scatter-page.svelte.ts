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

	constructor(
		readonly data: ScatterPageData,
		runner: QueryRunner
	) {
		this.spec = data.defaults;
		this.points = new QueryState(runner, { ...data.initial, tag: data.defaults });
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
	}
}
