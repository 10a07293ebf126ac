import type { Localized } from '$lib/i18n/locale';
import type { Observation } from '$lib/dataset/types';

type Surveys = Record<string, { code: string; year: number; name: Localized }>;

export interface GapRow {
	iso3: string;
	/** Values as published, for all adults (sex total); null where one half is missing */
	with: number | null;
	without: number | null;
	year: number;
	survey: { code: string; year: number; name: Localized } | null;
}

/**
 * One row per country that has either half, for all adults. Sorted by how far apart the two
 * published values are, widest first (a country missing a half goes last); the distance itself
 * is only used for the order and never shown as a number of its own.
 */
export function gapRows(
	withObs: readonly Observation[],
	withoutObs: readonly Observation[],
	withSurveys: Surveys,
	withoutSurveys: Surveys
): GapRow[] {
	const total = (rows: readonly Observation[]) =>
		new Map(rows.filter((o) => o.sex === 'total').map((o) => [o.iso3 as string, o]));
	const a = total(withObs);
	const b = total(withoutObs);
	const countries = [...new Set([...a.keys(), ...b.keys()])];
	const rows = countries.map((iso3) => {
		const w = a.get(iso3);
		const wo = b.get(iso3);
		return {
			iso3,
			with: w?.value ?? null,
			without: wo?.value ?? null,
			year: (w ?? wo)!.year,
			survey: withSurveys[iso3] ?? withoutSurveys[iso3] ?? null
		};
	});
	const distance = (r: GapRow) =>
		r.with === null || r.without === null ? -1 : Math.abs(r.without - r.with);
	return rows.sort((x, y) => distance(y) - distance(x) || (x.iso3 < y.iso3 ? -1 : 1));
}
