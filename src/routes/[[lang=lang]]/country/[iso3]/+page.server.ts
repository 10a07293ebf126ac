import { error } from '@sveltejs/kit';
import { ISO3_CODES, member } from '$lib/countries/members';
import { defaultSexOf, sexesOf } from '$lib/dataset/indicator';
import { profileEntry } from '$lib/dataset/profile';
import { loadDataset, observationsOf } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	ISO3_CODES.flatMap((iso3) => [{ iso3 }, { iso3, lang: 'th' }]);

export const load: PageServerLoad = ({ params }) => {
	const country = member(params.iso3.toUpperCase());
	if (!country) error(404, `No ASEAN member "${params.iso3}"`);
	const entries = loadDataset().catalog.map((indicator) => {
		const rows = observationsOf(indicator.id);
		const sex = defaultSexOf(indicator, sexesOf(indicator, rows));
		return profileEntry(indicator, rows, sex, country.iso3);
	});
	return { iso3: country.iso3, entries };
};
