import { error } from '@sveltejs/kit';
import { indicatorPageData } from '$lib/pages/indicator-data';
import { loadDataset } from '$lib/server/dataset';
import { nativeRunner } from '$lib/server/native-runner';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	loadDataset().catalog.flatMap(({ id }) => [{ id }, { id, lang: 'th' }]);

export const load: PageServerLoad = ({ params }) => {
	const indicator = loadDataset().catalog.find((i) => i.id === params.id);
	if (!indicator) error(404, `No indicator "${params.id}"`);
	return indicatorPageData(
		indicator,
		nativeRunner(),
		loadDataset().flags,
		params.lang === 'th' ? 'th' : 'en'
	);
};
