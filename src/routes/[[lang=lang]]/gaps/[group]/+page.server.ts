import { error } from '@sveltejs/kit';
import { coverageRow } from '$lib/dataset/gaps';
import { GROUPS, type Group } from '$lib/dataset/types';
import { loadDataset, observationsOf } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	GROUPS.flatMap((group) => [{ group }, { group, lang: 'th' }]);

export const load: PageServerLoad = ({ params }) => {
	const group = params.group as Group;
	if (!GROUPS.includes(group)) error(404, `No target group "${params.group}"`);
	return {
		group,
		rows: loadDataset()
			.catalog.filter((i) => i.group === group)
			.map((i) => ({ id: i.id, cells: coverageRow(observationsOf(i.id)) }))
	};
};
