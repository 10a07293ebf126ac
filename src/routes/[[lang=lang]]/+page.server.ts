import { defaultSexOf, sexesOf } from '$lib/dataset/indicator';
import { buildHeadlinesQuery, type HeadlineRow } from '$lib/queries/headlines';
import { loadDataset, observationsOf } from '$lib/server/dataset';
import { nativeRunner } from '$lib/server/native-runner';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const { catalog } = loadDataset();
	const entries = catalog.map((indicator) => ({
		indicatorId: indicator.id,
		sex: defaultSexOf(indicator, sexesOf(indicator, observationsOf(indicator.id)))
	}));
	const rows = await nativeRunner().run<HeadlineRow>(buildHeadlinesQuery(entries));
	const byId = new Map(rows.map((r) => [r.indicator_id, r]));
	return {
		headlines: Object.fromEntries(
			entries.map((e) => [e.indicatorId, { sex: e.sex, headline: byId.get(e.indicatorId) ?? null }])
		)
	};
};
