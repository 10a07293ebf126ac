import { error } from '@sveltejs/kit';
import { ISO3_CODES } from '$lib/countries/members';
import { defaultSexOf, hasSexBreakdown, sexesOf, yearsOf } from '$lib/dataset/indicator';
import { lineSeries, medianByYear, rankedYear } from '$lib/dataset/views';
import { MEDIAN_MIN_COUNTRIES } from '$lib/queries/median-by-year';
import { loadDataset, observationsOf } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	loadDataset().catalog.flatMap(({ id }) => [{ id }, { id, lang: 'th' }]);

export const load: PageServerLoad = ({ params }) => {
	const indicator = loadDataset().catalog.find((i) => i.id === params.id);
	if (!indicator) error(404, `No indicator "${params.id}"`);
	const rows = observationsOf(indicator.id);
	const sexes = sexesOf(indicator, rows);
	const sex = defaultSexOf(indicator, sexes);
	const years = yearsOf(rows, sexes);
	const defaultYears = yearsOf(rows, [sex]);
	const year = defaultYears[defaultYears.length - 1] ?? years[years.length - 1];
	const countries = [...ISO3_CODES];
	return {
		indicator,
		flags: loadDataset().flags,
		sexes,
		years,
		defaults: { countries, year, sex },
		// The default view, computed here so the first chart is painted before DuckDB starts.
		initial: {
			line: lineSeries(rows, indicator.id, countries, [sex]),
			ranked: rankedYear(rows, indicator.id, [sex], year),
			median: medianByYear(rows, indicator.id, sex, MEDIAN_MIN_COUNTRIES),
			gap: hasSexBreakdown(sexes) ? rankedYear(rows, indicator.id, ['female', 'male'], year) : []
		}
	};
};
