import { defaultSexOf, sexesOf } from '$lib/dataset/indicator';
import type { Indicator, Observation, Sex } from '$lib/dataset/types';
import type { Lang, Localized } from '$lib/i18n/locale';
import { localizedSource } from '$lib/i18n/sources';
import type { ScatterPoint } from '$lib/queries/rows';
import type { BuiltQuery, QueryRunner } from '$lib/queries/types';
import { viewQueries } from '$lib/queries/view-queries';
import { defaultSpec, type ViewSpec, type YearChoice } from '$lib/spec';

/** The opening question policymakers ask most: does income go with pension coverage? */
const DEFAULT_X = 'gdp-per-capita-ppp';
const DEFAULT_Y = 'pension-coverage';

/** What the scatter page offers for one axis choice: name, unit, default sex, scale and source */
export interface ScatterIndicator {
	id: string;
	group: string;
	name: { en: string; th: string };
	unit: { en: string; th: string };
	sex: Sex;
	log: boolean;
	/** Publisher and licence in both languages */
	source: Localized;
	/** Display precision of the axis; two decimals when absent */
	decimals?: number;
	/** False where definitions differ between countries: the axis title says so */
	comparable?: boolean;
}

export interface ScatterPageData {
	indicators: ScatterIndicator[];
	years: number[];
	defaults: ViewSpec;
	initial: { query: BuiltQuery | null; rows: ScatterPoint[] };
}

export function scatterIndicator(indicator: Indicator, sex: Sex): ScatterIndicator {
	return {
		id: indicator.id,
		group: indicator.group,
		name: indicator.name,
		unit: indicator.unit,
		sex,
		log: indicator.scale === 'log',
		decimals: indicator.decimals,
		comparable: indicator.comparable !== false,
		source: localizedSource(indicator.source, (s) => `${s.publisher} (${s.licence})`)
	};
}

/** The scatter page's default view: its opening axes with their own sex and scale, in `year`. */
export function scatterDefaults(
	indicators: readonly ScatterIndicator[],
	lang: Lang,
	year: YearChoice
): ViewSpec {
	const byId = new Map(indicators.map((i) => [i.id, i]));
	const x = byId.get(DEFAULT_X) ?? indicators[0];
	const y = byId.get(DEFAULT_Y) ?? indicators[1];
	return defaultSpec({
		chart: 'scatter',
		indicator: y.id,
		lang,
		sex: y.sex,
		log: y.log,
		x: { indicator: x.id, sex: x.sex, log: x.log },
		year
	});
}

/**
 * The scatter page's choices and its default view, which opens on the year that shows the most
 * members on both axes (the latest among equals), answered by the same query the page asks later.
 */
export async function scatterPageData(
	catalog: readonly Indicator[],
	rowsOf: (id: string) => readonly Observation[],
	runner: QueryRunner,
	years: number[],
	lang: Lang
): Promise<ScatterPageData> {
	const indicators = catalog.map((i) =>
		scatterIndicator(i, defaultSexOf(i, sexesOf(i, rowsOf(i.id))))
	);
	const base = scatterDefaults(indicators, lang, years[years.length - 1]);
	let best = { spec: base, rows: [] as ScatterPoint[], shown: -1 };
	for (const year of years) {
		const spec = { ...base, year };
		const rows = await runner.run<ScatterPoint>(viewQueries(spec).main!);
		const shown = rows.filter((p) => p.x !== null && p.y !== null).length;
		if (shown >= best.shown) best = { spec, rows, shown };
	}
	return {
		indicators,
		years,
		defaults: best.spec,
		initial: { query: viewQueries(best.spec).main, rows: best.rows }
	};
}
