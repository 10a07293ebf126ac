import { scatterPageData } from '$lib/pages/scatter-data';
import { loadDataset, observationsOf } from '$lib/server/dataset';
import { nativeRunner } from '$lib/server/native-runner';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { catalog, observations } = loadDataset();
	const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
	return scatterPageData(
		catalog,
		observationsOf,
		nativeRunner(),
		years,
		params.lang === 'th' ? 'th' : 'en'
	);
};
