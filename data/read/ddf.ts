import type { CsvTable } from './table';

/** One Gapminder DDF datapoint as written: lower-case geo code, year, raw value text. */
export interface DdfPoint {
	geo: string;
	year: number;
	value: string;
	line: number;
}

/** The concept name carried in a DDF datapoints file name (`ddf--datapoints--<concept>--by--…`). */
export function conceptFromFileName(path: string): string {
	const match = /ddf--datapoints--(.+?)--by--/.exec(path);
	if (!match)
		throw new Error(`${path}: not a DDF datapoints file name (ddf--datapoints--<concept>--by--…)`);
	return match[1];
}

/**
 * Reads a Gapminder DDF datapoints file keyed by `geo` or `country` and `time`.
 * Values stay text; rows with an empty value are kept so the caller decides what a gap means.
 */
export function readDdfPoints(table: CsvTable, file: string, concept: string): DdfPoint[] {
	const [key, time, value] = table.header;
	if (table.header.length !== 3 || (key !== 'geo' && key !== 'country') || time !== 'time') {
		throw new Error(
			`${file}: expected columns geo|country,time,${concept}; found ${table.header.join(',')}`
		);
	}
	if (value !== concept) {
		throw new Error(`${file}: value column is "${value}", catalogue expects "${concept}"`);
	}
	return table.records.map(({ line, values }) => {
		const year = values.time.trim();
		if (!/^\d{4}$/.test(year)) throw new Error(`${file}:${line}: time "${year}" is not a year`);
		return { geo: values[key].trim(), year: Number(year), value: values[concept], line };
	});
}
