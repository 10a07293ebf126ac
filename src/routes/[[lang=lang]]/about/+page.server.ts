import { withProvenance } from '$lib/dataset/provenance';
import { loadDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** One row per publisher and dataset, with the indicators drawn from it. */
export const load: PageServerLoad = () => {
	const sources = new Map<
		string,
		{
			publisher: string;
			dataset: string;
			licence: string;
			url: string;
			vintage: string | null;
			indicators: string[];
		}
	>();
	for (const indicator of loadDataset().catalog) {
		const { publisher, dataset, licence, url } = indicator.source;
		const vintage = withProvenance(indicator).source.vintage ?? null;
		const key = `${publisher}|${dataset}|${licence}`;
		const entry = sources.get(key) ?? {
			publisher,
			dataset,
			licence,
			url,
			vintage,
			indicators: []
		};
		entry.indicators.push(indicator.id);
		sources.set(key, entry);
	}
	return { sources: [...sources.values()] };
};
