import { withProvenance } from '$lib/dataset/provenance';
import { loadDataset, observationsOf } from '$lib/server/dataset';
import { gapRows } from './gap-rows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'th' }];

/** Every with/without-disability pair in the catalogue, one table per outcome. */
export const load: PageServerLoad = () => {
	const catalog = loadDataset().catalog.map(withProvenance);
	const byId = new Map(catalog.map((i) => [i.id, i]));
	const outcomes = catalog
		.filter((i) => i.pair && i.pair.with === i.id && byId.has(i.pair.without))
		.map((withIndicator) => {
			const without = byId.get(withIndicator.pair!.without)!;
			return {
				withId: withIndicator.id,
				withoutId: without.id,
				outcome: withIndicator.pair!.outcome,
				decimals: withIndicator.decimals,
				direction: withIndicator.direction,
				rows: gapRows(
					observationsOf(withIndicator.id),
					observationsOf(without.id),
					withIndicator.surveys ?? {},
					without.surveys ?? {}
				)
			};
		});
	// Labour first (the gap most asked about), then education, then living conditions
	const rank = (id: string) => {
		const tags = byId.get(id)?.tags ?? [];
		return tags.includes('labour') ? 0 : tags.includes('education') ? 1 : 2;
	};
	outcomes.sort((a, b) => rank(a.withId) - rank(b.withId) || (a.withId < b.withId ? -1 : 1));
	return { outcomes, method: catalog.find((i) => i.method)?.method ?? null };
};
