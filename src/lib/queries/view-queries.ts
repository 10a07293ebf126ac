import type { Sex } from '$lib/dataset/types';
import type { ViewSpec } from '$lib/spec';
import { buildLineSeriesQuery } from './line-series';
import { buildMedianByYearQuery } from './median-by-year';
import { buildRankedYearQuery } from './ranked-year';
import { buildScatterQuery } from './scatter';
import type { BuiltQuery } from './types';

export function sexesOfChoice(choice: ViewSpec['sex']): Sex[] {
	return choice === 'compare' ? ['female', 'male'] : [choice];
}

/**
 * The queries one chart needs, from its spec alone: the only place that knows which builder
 * answers which kind of chart, used alike when prerendering and in the browser. `null` where the
 * chart has nothing to ask (no countries picked, or no median for a comparison of sexes).
 */
export function viewQueries(spec: ViewSpec): {
	main: BuiltQuery | null;
	median: BuiltQuery | null;
} {
	const sexes = sexesOfChoice(spec.sex);
	const line = (wanted: readonly Sex[], since: number | null) =>
		spec.countries.length
			? buildLineSeriesQuery({
					indicatorId: spec.indicator,
					countries: spec.countries,
					sexes: wanted,
					range: spec.range,
					since
				})
			: null;
	switch (spec.chart) {
		case 'ranked':
			return { main: ranked(spec, sexes), median: null };
		case 'map':
			return { main: ranked(spec, sexes.slice(0, 1)), median: null };
		case 'gender-gap':
			return { main: ranked(spec, ['female', 'male']), median: null };
		case 'trend':
			return {
				main: line(sexes, spec.since),
				median:
					spec.sex === 'compare' || spec.since !== null
						? null
						: buildMedianByYearQuery(spec.indicator, spec.sex)
			};
		case 'multiples':
		case 'sparkline':
			return { main: line(sexes.slice(0, 1), null), median: null };
		case 'scatter':
			return {
				main: spec.x
					? buildScatterQuery({
							x: { indicatorId: spec.x.indicator, sex: spec.x.sex },
							y: { indicatorId: spec.indicator, sex: sexes[0] },
							year: spec.year,
							tolerance: spec.tolerance
						})
					: null,
				median: null
			};
	}
}

function ranked(spec: ViewSpec, sexes: Sex[]): BuiltQuery {
	return buildRankedYearQuery({ indicatorId: spec.indicator, sexes, year: spec.year });
}
