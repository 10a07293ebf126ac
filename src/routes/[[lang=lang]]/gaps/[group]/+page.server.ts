import { error } from '@sveltejs/kit';
import { MEMBERS } from '$lib/countries/members';
import { coverageRow } from '$lib/dataset/gaps';
import { evidenceByMember, withProvenance } from '$lib/dataset/provenance';
import { GROUPS, type Group } from '$lib/dataset/types';
import { buildReferenceYearQuery } from '$lib/queries/freshness';
import { loadDataset, observationsOf } from '$lib/server/dataset';
import { nativeRunner } from '$lib/server/native-runner';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	GROUPS.flatMap((group) => [{ group }, { group, lang: 'th' }]);

export const load: PageServerLoad = async ({ params }) => {
	const group = params.group as Group;
	if (!GROUPS.includes(group)) error(404, `No target group "${params.group}"`);
	const { catalog, observations } = loadDataset();
	const [reference] = await nativeRunner().run<{ reference_year: number | null }>(
		buildReferenceYearQuery()
	);
	return {
		group,
		referenceYear: reference?.reference_year ?? null,
		rows: catalog
			.filter((i) => i.group === group)
			.map((i) => ({ id: i.id, cells: coverageRow(observationsOf(i.id)) })),
		evidence:
			group === 'disability'
				? evidenceByMember(
						catalog.map(withProvenance),
						observations,
						MEMBERS.map((m) => m.iso3)
					)
				: null
	};
};
