/**
 * Reads the committed dataset from static/data at build time (prerender), so that every page's
 * default view ships as HTML and data without waiting for DuckDB in the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3';
import type { Member } from '$lib/countries/members';
import type { Indicator, Observation, Sex } from '$lib/dataset/types';

const dataDir = resolve(process.cwd(), 'static/data');

type FlagLabels = Record<string, { en: string; th: string }>;

let cache:
	| { catalog: Indicator[]; countries: Member[]; observations: Observation[]; flags: FlagLabels }
	| undefined;

export function loadDataset() {
	cache ??= {
		catalog: JSON.parse(readFileSync(resolve(dataDir, 'catalog.json'), 'utf8')) as Indicator[],
		countries: JSON.parse(readFileSync(resolve(dataDir, 'countries.json'), 'utf8')) as Member[],
		observations: csvParse(readFileSync(resolve(dataDir, 'observations.csv'), 'utf8'), (d) => ({
			indicator_id: d.indicator_id!,
			iso3: d.iso3 as Observation['iso3'],
			year: Number(d.year),
			sex: d.sex as Sex,
			value: Number(d.value),
			flag: d.flag ?? ''
		})),
		flags: readFlags()
	};
	return cache;
}

export function observationsOf(indicatorId: string): Observation[] {
	return loadDataset().observations.filter((o) => o.indicator_id === indicatorId);
}

interface FlagEntry {
	id: string;
	label: { en: string; th: string };
}

function readFlags(): FlagLabels {
	const file = resolve(dataDir, 'flags.json');
	if (!existsSync(file)) return {};
	const entries = JSON.parse(readFileSync(file, 'utf8')) as FlagEntry[];
	return Object.fromEntries(entries.map((f) => [f.id, f.label]));
}
