import { defaultSexOf, sexesOf } from '$lib/dataset/indicator';
import {
	buildIndicatorFreshnessQuery,
	buildReferenceYearQuery,
	type IndicatorFreshnessRow
} from '$lib/queries/freshness';
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
	const runner = nativeRunner();
	const [rows, freshness, [reference]] = await Promise.all([
		runner.run<HeadlineRow>(buildHeadlinesQuery(entries)),
		runner.run<IndicatorFreshnessRow>(buildIndicatorFreshnessQuery()),
		runner.run<{ reference_year: number | null }>(buildReferenceYearQuery())
	]);
	const byId = new Map(rows.map((r) => [r.indicator_id, r]));
	return {
		headlines: Object.fromEntries(
			entries.map((e) => [e.indicatorId, { sex: e.sex, headline: byId.get(e.indicatorId) ?? null }])
		),
		freshness: Object.fromEntries(freshness.map((f) => [f.indicator_id, f])) as Record<
			string,
			IndicatorFreshnessRow | undefined
		>,
		referenceYear: reference?.reference_year ?? null
	};
};
