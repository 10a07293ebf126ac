/**
 * Candidates from the sources whose rows already name a country by ISO3 (Gapminder, UNDP HDR, the
 * project's tidy files, the DDI disability file), and the Candidate shape every source yields, so
 * the dataset rules in extract.ts apply to all of them alike. SDG is in extract-sdg.ts.
 */
import type { Observation } from '../src/lib/dataset/types';
import type { Extract, Sex } from './catalog/types';
import { flagFromPortalNature } from './flags';
import type { Readers } from './readers';

/**
 * A value found in a raw file before the dataset rules are applied: an observation's year, sex and
 * flag, with the country code and value still as the file spells them (the rules check both).
 */
export interface Candidate extends Pick<Observation, 'year' | 'sex' | 'flag'> {
	iso3: string;
	value: string;
	file: string;
	line: number;
	/** The survey the value comes from, where the source names one per row (DDI) */
	survey?: string;
}

const PORTAL_SEX: Record<string, Sex> = { _T: 'total', F: 'female', M: 'male' };

export function fromGapminder(
	extract: Extract & { from: 'gapminder' },
	read: Readers
): Candidate[] {
	return (Object.entries(extract.files) as [Sex, string][]).flatMap(([sex, file]) =>
		read.ddf(file).map((p) => ({
			iso3: p.geo.toUpperCase(),
			year: p.year,
			sex,
			value: p.value,
			flag: '',
			file,
			line: p.line
		}))
	);
}

export function fromHdr(extract: Extract & { from: 'undp-hdr' }, read: Readers): Candidate[] {
	return (Object.entries(extract.columns) as [Sex, string][]).flatMap(([sex, column]) =>
		read.hdr(extract.file, column).map((p) => ({
			iso3: p.iso3.toUpperCase(),
			year: p.year,
			sex,
			value: p.value,
			flag: '',
			file: extract.file,
			line: p.line
		}))
	);
}

export function fromTidy(extract: Extract & { from: 'tidy' }, read: Readers): Candidate[] {
	const file = extract.file;
	const rows = read
		.tidy(file)
		.filter(
			(r) =>
				r.seriesCode === extract.seriesCode &&
				(extract.disabilityStatus === undefined ||
					r.disabilityStatus === extract.disabilityStatus) &&
				(extract.age === undefined || r.age === extract.age) &&
				Object.entries(extract.note ?? {}).every(([key, want]) => r.note[key] === want)
		);
	return rows.map((r) => {
		const where = `${file}:${r.line}`;
		if (!/^\d{4}$/.test(r.year)) {
			throw new Error(
				`${where}: year "${r.year}" is not a single year; exclude the row in the catalogue`
			);
		}
		const sex = r.sex === '' ? extract.sex : PORTAL_SEX[r.sex];
		if (!sex) throw new Error(`${where}: sex "${r.sex}" is not _T, F or M and no default is set`);
		return {
			iso3: r.iso3.toUpperCase(),
			year: Number(r.year),
			sex,
			value: r.value,
			flag: flagFromPortalNature(r.note, where),
			file,
			line: r.line
		};
	});
}

export function fromDdi(extract: Extract & { from: 'ddi' }, read: Readers): Candidate[] {
	const sexByPopulation = new Map(
		(Object.entries(extract.populations) as [Sex, string][]).map(([sex, p]) => [p, sex])
	);
	return read
		.ddi(extract.file)
		.filter(
			(r) =>
				r.indicator === extract.indicator &&
				r.difficulty === extract.difficulty &&
				sexByPopulation.has(r.population)
		)
		.map((r) => {
			const where = `${extract.file}:${r.line}`;
			if (!/^\d{4}$/.test(r.year)) throw new Error(`${where}: year "${r.year}" is not a year`);
			if (!r.survey.endsWith(`_${r.year}`)) {
				throw new Error(`${where}: survey ${r.survey} does not end in its year ${r.year}`);
			}
			return {
				iso3: r.iso3.toUpperCase(),
				year: Number(r.year),
				sex: sexByPopulation.get(r.population)!,
				value: r.value,
				flag: '',
				file: extract.file,
				line: r.line,
				survey: r.survey
			};
		});
}
