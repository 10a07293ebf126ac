import type { SourceDataset } from './catalog/sources';
import { DDI_SURVEYS } from './catalog/surveys';
import type { IndicatorSpec, Sex } from './catalog/types';
import { countriesForJson } from './countries';
import { type SourceFiles, createReaders, extractFiles, extractIndicator } from './extract';
import { FLAGS } from './flags';
import { compareObservations, compareText, type Observation } from './observation';
import { observationsToArrow } from './write/arrow';
import { observationsToCsv } from './write/csv';
import { toJson } from './write/json';

export interface IndicatorReport {
	id: string;
	rows: number;
	yearRange: [number, number];
	dropped: Record<string, number>;
}

export interface BuildResult {
	/** Output file name (inside the output directory) → exact bytes */
	files: Map<string, Uint8Array>;
	observations: Observation[];
	report: IndicatorReport[];
}

const SEX_ORDER: Sex[] = ['total', 'female', 'male'];

/** Per country, the survey its figures come from; null for sources without one per row. */
function surveysOf(spec: IndicatorSpec, rows: readonly Observation[]) {
	if (!rows.some((o) => o.survey)) return null;
	const byCountry = new Map<string, Observation>();
	for (const o of rows) {
		const earlier = byCountry.get(o.iso3);
		if (earlier && (earlier.survey !== o.survey || earlier.year !== o.year)) {
			throw new Error(`${spec.id}: ${o.iso3} has figures from ${earlier.survey} and ${o.survey}`);
		}
		byCountry.set(o.iso3, o);
	}
	const surveys: Record<string, { code: string; year: number; name: { en: string; th: string } }> =
		{};
	for (const iso3 of [...byCountry.keys()].sort(compareText)) {
		const { survey, year } = byCountry.get(iso3)!;
		const name = DDI_SURVEYS[survey!];
		if (!name) throw new Error(`${spec.id}: survey ${survey} has no name in catalog/surveys.ts`);
		surveys[iso3] = { code: survey!, year, name: { en: name.en, th: name.th } };
	}
	return surveys;
}

function breaksOf(spec: IndicatorSpec, rows: readonly Observation[]) {
	return (spec.breaks ?? []).map((b) => {
		if (!rows.some((o) => o.iso3 === b.iso3 && o.year === b.year)) {
			throw new Error(`${spec.id}: break at ${b.iso3} ${b.year} has no observation`);
		}
		return { iso3: b.iso3, year: b.year, note: { en: b.note.en, th: b.note.th } };
	});
}

function catalogEntry(spec: IndicatorSpec, rows: readonly Observation[]) {
	const sexes = SEX_ORDER.filter((sex) => rows.some((o) => o.sex === sex));
	const years = rows.map((o) => o.year);
	const countries = [...new Set(rows.map((o) => o.iso3))].sort(compareText);
	return {
		id: spec.id,
		group: spec.group,
		name: { en: spec.name.en, th: spec.name.th },
		unit: { en: spec.unit.en, th: spec.unit.th },
		definition: { en: spec.definition.en, th: spec.definition.th },
		decimals: spec.decimals,
		direction: spec.direction,
		source: {
			publisher: spec.source.publisher,
			dataset: spec.source.dataset,
			series: spec.source.series,
			url: spec.source.url,
			licence: spec.source.licence,
			vintage: spec.source.vintage ?? null
		},
		sexes,
		// The women pages lead with women's figures; elsewhere the total where there is one
		defaultSex: spec.group === 'women' && sexes.includes('female') ? 'female' : sexes[0],
		yearRange: [Math.min(...years), Math.max(...years)],
		countries,
		comparable: spec.comparable ?? true,
		caveat: spec.caveat ? { en: spec.caveat.en, th: spec.caveat.th } : null,
		credit: spec.credit,
		tags: spec.tags ?? [],
		scale: spec.scale ?? 'linear',
		breaks: breaksOf(spec, rows),
		pair: spec.pair
			? {
					with: spec.pair.with,
					without: spec.pair.without,
					outcome: { en: spec.pair.outcome.en, th: spec.pair.outcome.th }
				}
			: null,
		method: spec.method ? { en: spec.method.en, th: spec.method.th } : null,
		surveys: surveysOf(spec, rows)
	};
}

function flagsJson() {
	return Object.keys(FLAGS)
		.sort(compareText)
		.map((id) => ({
			id,
			label: { en: FLAGS[id].label.en, th: FLAGS[id].label.th },
			description: { en: FLAGS[id].description.en, th: FLAGS[id].description.th }
		}));
}

function metaJson(datasets: readonly SourceDataset[], catalog: readonly IndicatorSpec[]) {
	const used = new Set(catalog.flatMap((spec) => extractFiles(spec.extract)));
	return {
		lastYear: 2024,
		sources: datasets.map((d) => ({
			id: d.id,
			publisher: d.publisher,
			dataset: d.dataset,
			licence: d.licence,
			url: d.url,
			credit: d.credit,
			retrieval: { ...d.retrieval },
			used: [...used].some((file) => file.startsWith(`${d.folder}/`))
		}))
	};
}

/**
 * Builds every output file from the raw sources. Pure apart from reading through `files`: the same
 * sources and catalogue always give byte-identical output (no clock, locale-free sorting).
 */
export function buildDataset(
	catalog: readonly IndicatorSpec[],
	files: SourceFiles,
	datasets: readonly SourceDataset[]
): BuildResult {
	const ids = new Set<string>();
	const observations: Observation[] = [];
	const report: IndicatorReport[] = [];
	const entries: ReturnType<typeof catalogEntry>[] = [];
	const read = createReaders(files);
	for (const spec of catalog) {
		if (ids.has(spec.id)) throw new Error(`catalogue: indicator id ${spec.id} is used twice`);
		ids.add(spec.id);
		const { observations: rows, dropped } = extractIndicator(spec, read);
		if (rows.length === 0) {
			throw new Error(`${spec.id}: no ASEAN observations up to 2024; check the catalogue entry`);
		}
		observations.push(...rows);
		const entry = catalogEntry(spec, rows);
		entries.push(entry);
		report.push({
			id: spec.id,
			rows: rows.length,
			yearRange: [entry.yearRange[0], entry.yearRange[1]],
			dropped
		});
	}
	for (const spec of catalog) {
		if (!spec.pair) continue;
		const { with: withId, without } = spec.pair;
		if (![withId, without].includes(spec.id) || !ids.has(withId) || !ids.has(without)) {
			throw new Error(
				`${spec.id}: pair ${withId} / ${without} must name itself and an existing id`
			);
		}
	}
	observations.sort(compareObservations);
	entries.sort((a, b) => compareText(a.group, b.group) || compareText(a.id, b.id));
	report.sort((a, b) => compareText(a.id, b.id));

	const encoder = new TextEncoder();
	const output = new Map<string, Uint8Array>();
	output.set('catalog.json', encoder.encode(toJson(entries)));
	output.set('countries.json', encoder.encode(toJson(countriesForJson())));
	output.set('flags.json', encoder.encode(toJson(flagsJson())));
	output.set('meta.json', encoder.encode(toJson(metaJson(datasets, catalog))));
	output.set('observations.csv', encoder.encode(observationsToCsv(observations)));
	output.set('observations.arrow', observationsToArrow(observations));
	return { files: output, observations, report };
}
