import { asset } from '$app/paths';
import type { Indicator } from '$lib/dataset/types';
import { indicatorFromUpload, type UserTexts } from '$lib/dataset/user-indicator';
import type { Lang } from '$lib/i18n/locale';
import type { MapFeatureCollection } from '$lib/map/types';
import { defaultSexOf } from '$lib/dataset/indicator';
import { indicatorPageData, type IndicatorPageData } from '$lib/pages/indicator-data';
import { scatterDefaults, scatterIndicator, type ScatterPageData } from '$lib/pages/scatter-data';
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

/** How an analyst's upload is named and credited on a slide, in the slide's language. */
export interface UploadWords {
	texts: (fileName: string) => UserTexts;
	badge: string;
}

/**
 * An indicator page's data for a slide: a shared indicator, or one of this browser's uploads
 * (its rows are in the engine already); null when neither has the id.
 */
export function slidePageData(
	indicatorId: string,
	lang: Lang,
	runner: QueryRunner,
	upload?: UploadWords
): Promise<IndicatorPageData | null> {
	const key = `${indicatorId}|${lang}`;
	if (!pages.has(key)) {
		const read = (async () => {
			const [catalog, flags] = await Promise.all([loadCatalog(), loadFlags()]);
			const indicator = catalog.find((i) => i.id === indicatorId);
			if (indicator) return indicatorPageData(indicator, runner, flags, lang);
			if (!upload) return null;
			const { listUserIndicators } = await import('$lib/storage/user-data');
			const mine = (await listUserIndicators()).find((u) => u.id === indicatorId);
			if (!mine) return null;
			const badge = { en: upload.badge, th: upload.badge };
			const own = indicatorFromUpload(mine, upload.texts(mine.fileName));
			return indicatorPageData(own, runner, { user: badge }, lang);
		})();
		pages.set(key, read);
		// An upload may arrive later (another tab, an import): a miss is not remembered.
		void read.then((found) => found === null && pages.delete(key));
	}
	return pages.get(key)!;
}

const scatters = new Map<Lang, Promise<ScatterPageData>>();

/**
 * The scatter page's choices for a slide, from the catalog alone: the slide's spec says which
 * axes and year it shows, so nothing is asked of the engine until it is drawn.
 */
export function slideScatterData(lang: Lang): Promise<ScatterPageData> {
	if (!scatters.has(lang)) {
		scatters.set(
			lang,
			loadCatalog().then((catalog) => {
				const indicators = catalog.map((i) => scatterIndicator(i, defaultSexOf(i, i.sexes ?? [])));
				const ranges = catalog.flatMap((i) => (i.yearRange ? [i.yearRange] : []));
				const first = Math.min(...ranges.map((r) => r[0]));
				const last = Math.max(...ranges.map((r) => r[1]));
				const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
				// The scatter page's own default axes, so that a slide's link reads the same there;
				// its year is never a default, so a link always names it.
				const defaults = scatterDefaults(indicators, lang, 'latest');
				return { indicators, years, defaults, initial: { query: null, rows: [] } };
			})
		);
	}
	return scatters.get(lang)!;
}
