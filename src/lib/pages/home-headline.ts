import type { HeadlineRow } from '$lib/queries/headlines';
import type { Prefs } from '$lib/state/prefs.svelte';

/** A home card's one-line summary: the members' range of latest values and the years they are from. */
export function headlineText(
	h: HeadlineRow | null | undefined,
	decimals: number,
	prefs: Pick<Prefs, 't' | 'value' | 'year' | 'yearLabel' | 'country'>
): string {
	if (!h) return prefs.t('home.headline.none');
	// Each member's latest value: the years they come from are part of the figure.
	const years =
		h.from_year === h.to_year
			? prefs.yearLabel(h.to_year)
			: `${prefs.yearLabel(h.from_year)}–${prefs.year(h.to_year)}`;
	if (h.countries === 1) {
		return prefs.t('home.headline.one', {
			year: years,
			value: prefs.value(h.max, decimals),
			country: prefs.country(h.max_iso3)
		});
	}
	return prefs.t('home.headline', {
		year: years,
		min: prefs.value(h.min, decimals),
		max: prefs.value(h.max, decimals),
		n: h.countries
	});
}
