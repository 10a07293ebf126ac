import { loadDataset } from '$lib/server/dataset';
import type { Lang } from '$lib/i18n/locale';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => {
	const { catalog } = loadDataset();
	const lang: Lang = params.lang === 'th' ? 'th' : 'en';
	return {
		lang,
		indicators: catalog.map(({ id, group, name, unit, decimals, direction, comparable }) => ({
			id,
			group,
			name,
			unit,
			decimals,
			direction,
			// Only the few national-definition indicators carry the flag, to keep every page light.
			...(comparable === false ? { comparable } : {})
		}))
	};
};
