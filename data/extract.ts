/**
 * The dataset rules applied to one indicator's candidates, whatever source they come from, plus
 * which raw files a catalogue needs. Readers live in readers.ts and the per-source extraction in
 * extract-sources.ts and extract-sdg.ts; the reader API is re-exported so importers of './extract'
 * did not have to change when the file was split.
 */
import { MEMBERS } from '../src/lib/countries/members';
import type { Extract, IndicatorSpec } from './catalog/types';
import { fromSdg, sdgEntityFiles } from './extract-sdg';
import { type Candidate, fromDdi, fromGapminder, fromHdr, fromTidy } from './extract-sources';
import { LAST_YEAR, type Observation } from './observation';
import type { Readers } from './readers';

export { createReaders, type Readers, type SourceFiles } from './readers';

export interface ExtractResult {
	observations: Observation[];
	/** Rows read but not kept, by reason, so the build log shows what was cut */
	dropped: Record<string, number>;
}

const ISO3 = new Set<string>(MEMBERS.map((m) => m.iso3));
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Every raw file an extract reads, relative to the sources directory. */
export function extractFiles(extract: Extract): string[] {
	switch (extract.from) {
		case 'gapminder':
			return Object.values(extract.files);
		case 'undp-hdr':
		case 'sdg':
		case 'tidy':
		case 'ddi':
			return [extract.file];
	}
}

/** Strips only surrounding whitespace and quotes; the digits are never re-printed. */
export function cleanValue(raw: string): string {
	return raw
		.trim()
		.replace(/^["']+|["']+$/g, '')
		.trim();
}

/** Every raw file a catalogue reads, entities files included where they exist, in a fixed order. */
export function requiredFiles(
	extracts: readonly Extract[],
	exists: (path: string) => boolean
): string[] {
	const paths = new Set<string>();
	for (const extract of extracts) {
		for (const file of extractFiles(extract)) {
			paths.add(file);
			if (extract.from !== 'sdg') continue;
			for (const entities of Object.values(sdgEntityFiles(file))) {
				if (exists(entities)) paths.add(entities);
			}
		}
	}
	return [...paths];
}

function candidatesFor(extract: Extract, read: Readers): Candidate[] {
	switch (extract.from) {
		case 'gapminder':
			return fromGapminder(extract, read);
		case 'undp-hdr':
			return fromHdr(extract, read);
		case 'sdg':
			return fromSdg(extract, read);
		case 'tidy':
			return fromTidy(extract, read);
		case 'ddi':
			return fromDdi(extract, read);
	}
}

/**
 * Applies the dataset rules to one indicator: ASEAN members only, no year after the series' last
 * observed year (never after 2024), gaps stay gaps, text is never a value, and a slice that
 * yields two values for one country/year/sex stops the build.
 */
export function extractIndicator(spec: IndicatorSpec, read: Readers): ExtractResult {
	const lastYear = Math.min(spec.extract.lastObservedYear ?? LAST_YEAR, LAST_YEAR);
	const firstYear = spec.extract.firstYear ?? -Infinity;
	const dropped: Record<string, number> = {};
	const drop = (reason: string) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
	const seen = new Map<string, Candidate>();
	const observations: Observation[] = [];
	for (const c of candidatesFor(spec.extract, read)) {
		if (!ISO3.has(c.iso3)) continue;
		if (c.year > lastYear) {
			drop(`after ${lastYear}`);
			continue;
		}
		if (c.year < firstYear) {
			drop(`before ${firstYear}`);
			continue;
		}
		const value = cleanValue(c.value);
		if (value === '') {
			drop('empty');
			continue;
		}
		if (!NUMBER.test(value)) {
			drop(`not a number ("${value}")`);
			continue;
		}
		const key = `${c.iso3}|${c.year}|${c.sex}`;
		const earlier = seen.get(key);
		if (earlier) {
			throw new Error(
				`${spec.id}: two values for ${c.iso3} ${c.year} ${c.sex} (${earlier.file}:${earlier.line} and ` +
					`${c.file}:${c.line}); narrow the slice in the catalogue`
			);
		}
		seen.set(key, c);
		observations.push({
			indicatorId: spec.id,
			iso3: c.iso3,
			year: c.year,
			sex: c.sex,
			value,
			flag: spec.extract.flag ?? c.flag,
			file: c.file,
			line: c.line,
			...(c.survey ? { survey: c.survey } : {})
		});
	}
	return { observations, dropped };
}
