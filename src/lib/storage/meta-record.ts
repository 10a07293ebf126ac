import type { DatasetMeta, StoredIndicator } from './types';

/**
 * A dataset's metadata as IndexedDB keeps it: each indicator's years as runs of consecutive
 * years, `[first, last, first, last, …]`, instead of one number each. A 100 MB wide upload's
 * 15,536 indicators held a million years, and every write and read of its metadata cloned them
 * on the page's thread (issue 9: no task over 200 ms). Records written before keep `years`.
 */
export type MetaRecord = Omit<DatasetMeta, 'indicators'> & { indicators: IndicatorRecord[] };

type IndicatorRecord = Omit<StoredIndicator, 'years'> & { years?: number[]; yearRuns?: number[] };

/** Ascending distinct years as runs of consecutive years */
export function yearRuns(years: readonly number[]): number[] {
	const runs: number[] = [];
	for (const year of years) {
		if (runs.length && runs[runs.length - 1] === year - 1) runs[runs.length - 1] = year;
		else runs.push(year, year);
	}
	return runs;
}

/** The years of `yearRuns`, ascending */
export function yearsOfRuns(runs: readonly number[]): number[] {
	const years: number[] = [];
	for (let k = 0; k + 1 < runs.length; k += 2)
		for (let year = runs[k]; year <= runs[k + 1]; year++) years.push(year);
	return years;
}

export function toRecord(meta: DatasetMeta): MetaRecord {
	return {
		...meta,
		indicators: meta.indicators.map(({ years, ...indicator }) => ({
			...indicator,
			yearRuns: yearRuns(years)
		}))
	};
}

export function fromRecord(record: MetaRecord): DatasetMeta {
	return {
		...record,
		indicators: record.indicators.map(({ yearRuns: runs, years, ...indicator }) => ({
			...indicator,
			years: runs ? yearsOfRuns(runs) : (years ?? [])
		}))
	};
}
