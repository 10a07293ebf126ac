import { ISO3_CODES, type Iso3 } from '$lib/countries/members';
import type { Sex } from '$lib/dataset/types';
import { TOLERANCES } from './defaults';
import {
	CHART_KINDS,
	type ChartKind,
	type SpecContext,
	type SpecProblem,
	type ViewSpec
} from './types';

/**
 * Checks a spec's values against what its indicator offers. A value that cannot be drawn is
 * replaced by the fallback's and reported, so a bad link still opens a view, never a blank page.
 */
export function resolveSpec(
	wanted: ViewSpec,
	fallback: ViewSpec,
	context: SpecContext & { charts?: readonly ChartKind[] }
): { spec: ViewSpec; problems: SpecProblem[] } {
	const problems: SpecProblem[] = [];
	const spec = { ...wanted };
	const reject = <K extends keyof ViewSpec>(field: K, shown: string) => {
		problems.push({ field, value: shown });
		spec[field] = fallback[field];
	};
	const charts = context.charts ?? CHART_KINDS;
	if (!charts.includes(spec.chart)) reject('chart', spec.chart);
	if (!context.indicators.includes(spec.indicator)) reject('indicator', spec.indicator);
	if (spec.x && !context.indicators.includes(spec.x.indicator)) reject('x', spec.x.indicator);
	if (spec.year !== 'latest' && !context.years.includes(spec.year)) {
		reject('year', String(spec.year));
	}
	if (!sexAllowed(spec.sex, context.sexes)) reject('sex', spec.sex);
	if (spec.since !== null && !context.years.includes(spec.since)) {
		reject('since', String(spec.since));
	}
	if (spec.range) {
		const [from, to] = spec.range;
		const first = context.years[0];
		const last = context.years[context.years.length - 1];
		if (!(from <= to) || to < first || from > last) reject('range', `${from}-${to}`);
	}
	if (!(TOLERANCES as readonly number[]).includes(spec.tolerance)) {
		reject('tolerance', String(spec.tolerance));
	}
	return { spec, problems };
}

function sexAllowed(sex: ViewSpec['sex'], sexes: readonly Sex[]): boolean {
	if (sex === 'compare') return sexes.includes('female') && sexes.includes('male');
	return sexes.includes(sex);
}

/** Members in the fixed member order, whatever order or case a link used; unknown codes reported. */
export function readCountryList(
	text: string,
	field: string,
	problems: SpecProblem[]
): Iso3[] | null {
	if (text === 'none') return [];
	const wanted = text
		.split(',')
		.map((c) => c.trim().toUpperCase())
		.filter(Boolean);
	const unknown = wanted.filter((c) => !(ISO3_CODES as readonly string[]).includes(c));
	if (unknown.length) problems.push({ field, value: unknown.join(',') });
	const picked = ISO3_CODES.filter((c) => wanted.includes(c));
	return picked.length || !wanted.length ? picked : null;
}
