import type { ChartExports } from '$lib/charts/ChartFrame.svelte';
import type { Indicator } from '$lib/dataset/types';
import { chartCsv, csvRowsFromPoints } from './csv';
import { slugify } from './download';

export interface ChartRow {
	iso3: string;
	year: number | null;
	sex: string;
	value: number | null;
	flag: string;
}

/** The toolbar of one chart: its CSV holds exactly the published values it draws. */
export function chartExports({
	indicator,
	chart,
	title,
	rows,
	countryName,
	link,
	labels
}: {
	indicator: Pick<Indicator, 'id' | 'source'>;
	chart: string;
	title: string;
	rows: () => readonly ChartRow[];
	countryName: (iso3: string) => string;
	/** The address of this chart as it is drawn now */
	link: () => string;
	labels: ChartExports['labels'];
}): ChartExports {
	return {
		filename: `${indicator.id}-${chart}-${slugify(title, indicator.id)}`.slice(0, 120),
		csv: () =>
			chartCsv({
				rows: csvRowsFromPoints(indicator.id, rows(), countryName),
				source: `${indicator.source.publisher}, ${indicator.source.dataset}`,
				licence: indicator.source.licence,
				url: indicator.source.url
			}),
		link,
		labels
	};
}
