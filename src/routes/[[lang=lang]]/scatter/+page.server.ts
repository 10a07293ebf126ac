import { defaultSexOf, sexesOf } from '$lib/dataset/indicator';
import type { Sex } from '$lib/dataset/types';
import { scatterPoints } from '$lib/dataset/views';
import { loadDataset, observationsOf } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** The opening question policymakers ask most: does income go with pension coverage? */
const DEFAULT_X = 'gdp-per-capita-ppp';
const DEFAULT_Y = 'pension-coverage';
const DEFAULT_TOLERANCE = 5;

export const load: PageServerLoad = () => {
	const { catalog, observations } = loadDataset();
	const defaultSexes: Record<string, Sex> = Object.fromEntries(
		catalog.map((i) => [i.id, defaultSexOf(i, sexesOf(i, observationsOf(i.id)))])
	);
	const x = catalog.some((i) => i.id === DEFAULT_X) ? DEFAULT_X : catalog[0].id;
	const y = catalog.some((i) => i.id === DEFAULT_Y) ? DEFAULT_Y : catalog[1].id;
	const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
	const axis = (id: string) => ({ indicatorId: id, sex: defaultSexes[id] });
	// Open on the year that shows the most members on both axes, the latest among equals.
	let year = years[years.length - 1];
	let best = -1;
	for (const candidate of years) {
		const shown = scatterPoints(
			observations,
			axis(x),
			axis(y),
			candidate,
			DEFAULT_TOLERANCE
		).filter((p) => p.x !== null && p.y !== null).length;
		if (shown >= best) {
			best = shown;
			year = candidate;
		}
	}
	return {
		defaultSexes,
		years,
		scales: Object.fromEntries(catalog.map((i) => [i.id, i.scale ?? 'linear'])),
		sources: Object.fromEntries(
			catalog.map((i) => [i.id, `${i.source.publisher} (${i.source.licence})`])
		),
		defaults: { x, y, year, tolerance: DEFAULT_TOLERANCE },
		initial: scatterPoints(observations, axis(x), axis(y), year, DEFAULT_TOLERANCE)
	};
};
