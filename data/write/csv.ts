import type { Observation } from '../observation';

export const OBSERVATION_COLUMNS = [
	'indicator_id',
	'iso3',
	'year',
	'sex',
	'value',
	'flag'
] as const;

function csvField(text: string): string {
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** observations.csv: fixed header, LF line endings, final newline, rows in the order given. */
export function observationsToCsv(observations: readonly Observation[]): string {
	const lines = [OBSERVATION_COLUMNS.join(',')];
	for (const o of observations) {
		lines.push(
			[o.indicatorId, o.iso3, String(o.year), o.sex, o.value, o.flag].map(csvField).join(',')
		);
	}
	return lines.join('\n') + '\n';
}
