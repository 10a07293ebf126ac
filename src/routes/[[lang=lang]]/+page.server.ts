import { defaultSexOf, sexesOf } from '$lib/dataset/indicator';
import { headlineOf } from '$lib/dataset/headline';
import { loadDataset, observationsOf } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { catalog } = loadDataset();
	return {
		headlines: Object.fromEntries(
			catalog.map((indicator) => {
				const rows = observationsOf(indicator.id);
				const sex = defaultSexOf(indicator, sexesOf(indicator, rows));
				return [indicator.id, { sex, headline: headlineOf(rows, sex) }];
			})
		)
	};
};
