import type { Indicator, Observation, Sex } from './types';
import { SEXES } from './types';

/** The sexes an indicator is published for, in display order. */
export function sexesOf(indicator: Indicator, rows: readonly Observation[]): Sex[] {
	if (indicator.sexes?.length) return SEXES.filter((s) => indicator.sexes!.includes(s));
	const present = new Set(rows.map((r) => r.sex));
	return SEXES.filter((s) => present.has(s));
}

export function defaultSexOf(indicator: Indicator, sexes: readonly Sex[]): Sex {
	if (indicator.defaultSex && sexes.includes(indicator.defaultSex)) return indicator.defaultSex;
	return sexes.includes('total') ? 'total' : (sexes[0] ?? 'total');
}

/** Years with at least one value for the given sexes, ascending. */
export function yearsOf(rows: readonly Observation[], sexes: readonly Sex[]): number[] {
	const wanted = new Set(sexes);
	return [...new Set(rows.filter((r) => wanted.has(r.sex)).map((r) => r.year))].sort(
		(a, b) => a - b
	);
}

/** Female and male side by side is offered only where both are published. */
export function hasSexBreakdown(sexes: readonly Sex[]): boolean {
	return sexes.includes('female') && sexes.includes('male');
}
