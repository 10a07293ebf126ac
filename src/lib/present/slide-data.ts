import { asset } from '$app/paths';
import type { Indicator } from '$lib/dataset/types';
import type { Lang } from '$lib/i18n/locale';
import type { MapFeatureCollection } from '$lib/map/types';
import { indicatorPageData, type IndicatorPageData } from '$lib/pages/indicator-data';
import type { QueryRunner } from '$lib/queries/types';

/**
 * What a slide needs beyond its spec, fetched once per page from the site's own static files
 * (precached for offline use) and asked of the engine with the indicator page's own queries.
 */
const fetched = new Map<string, Promise<unknown>>();

function once<T>(path: string): Promise<T> {
	if (!fetched.has(path)) {
		fetched.set(
			path,
			fetch(asset(path)).then((r) => {
				if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
				return r.json();
			})
		);
	}
	return fetched.get(path) as Promise<T>;
}

export const loadCatalog = () => once<Indicator[]>('/data/catalog.json');
export const loadMapFeatures = () => once<MapFeatureCollection>('/data/asean-map.json');

async function loadFlags(): Promise<IndicatorPageData['flags']> {
	const entries =
		await once<{ id: string; label: { en: string; th: string } }[]>('/data/flags.json');
	return Object.fromEntries(entries.map((f) => [f.id, f.label]));
}

const pages = new Map<string, Promise<IndicatorPageData | null>>();

/** An indicator page's data for a slide; null when the indicator is not in this dataset. */
export function slidePageData(
	indicatorId: string,
	lang: Lang,
	runner: QueryRunner
): Promise<IndicatorPageData | null> {
	const key = `${indicatorId}|${lang}`;
	if (!pages.has(key)) {
		pages.set(
			key,
			(async () => {
				const [catalog, flags] = await Promise.all([loadCatalog(), loadFlags()]);
				const indicator = catalog.find((i) => i.id === indicatorId);
				return indicator ? indicatorPageData(indicator, runner, flags, lang) : null;
			})()
		);
	}
	return pages.get(key)!;
}
