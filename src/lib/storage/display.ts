import type { DatasetMeta, IndicatorDisplay } from './types';

/** Pure: the dataset with one indicator's unit and decimals replaced, everything else as it was. */
export function withDisplay<T extends DatasetMeta>(
	dataset: T,
	indicatorId: string,
	{ unit, decimals }: IndicatorDisplay
): T {
	return {
		...dataset,
		indicators: dataset.indicators.map((i) => {
			if (i.id !== indicatorId) return i;
			const shown = { ...i, unit };
			if (decimals === undefined) delete shown.decimals;
			else shown.decimals = decimals;
			return shown;
		})
	};
}
