import { error } from '@sveltejs/kit';
import { sparklineGeometry } from '$lib/charts/sparkline-geometry';
import { ISO3_CODES, member } from '$lib/countries/members';
import { defaultSexOf, sexesOf } from '$lib/dataset/indicator';
import { countryProfile } from '$lib/pages/profile-data';
import { buildReferenceYearQuery } from '$lib/queries/freshness';
import { loadDataset, observationsOf } from '$lib/server/dataset';
import { nativeRunner } from '$lib/server/native-runner';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	ISO3_CODES.flatMap((iso3) => [{ iso3 }, { iso3, lang: 'th' }]);

export const load: PageServerLoad = async ({ params }) => {
	const country = member(params.iso3.toUpperCase());
	if (!country) error(404, `No ASEAN member "${params.iso3}"`);
	const indicators = loadDataset().catalog.map((indicator) => ({
		...indicator,
		sex: defaultSexOf(indicator, sexesOf(indicator, observationsOf(indicator.id)))
	}));
	const runner = nativeRunner();
	const [entries, [reference]] = await Promise.all([
		countryProfile(country.iso3, indicators, runner),
		runner.run<{ reference_year: number | null }>(buildReferenceYearQuery())
	]);
	return {
		iso3: country.iso3,
		entries: entries.map((entry) => ({ ...entry, spark: sparklineGeometry(entry.series) })),
		referenceYear: reference?.reference_year ?? null
	};
};
