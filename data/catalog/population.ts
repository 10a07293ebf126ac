import { fastTrackFile, fromGapminder } from './sources';
import type { GapminderExtract, Text } from './types';

export const POPULATION_SHARE_UNIT: Text = {
	en: '% of population (female/male: % of all females/males)',
	th: 'ร้อยละของประชากร (หญิง/ชาย: ร้อยละของประชากรเพศเดียวกัน)'
};

/** Gapminder population v1 (updated 2024-01-07) is built on UN WPP 2022. */
export function populationShareAttribution(age: string) {
	return fromGapminder(
		'fasttrack',
		'UN DESA Population Division, World Population Prospects 2022',
		'http://gapm.io/dpop',
		(['both_sexes', 'female', 'male'] as const).map(
			(s) => `population_aged_${age}_years_${s}_percent`
		)
	);
}

export function populationShareExtract(age: string): GapminderExtract {
	const file = (s: string) => fastTrackFile(`population_aged_${age}_years_${s}_percent`, 'geo');
	return {
		from: 'gapminder',
		files: { total: file('both_sexes'), female: file('female'), male: file('male') },
		// WPP 2022 estimates end in 2021; later years are its medium-variant projections
		lastObservedYear: 2021
	};
}

/** Number of people in an age group (both sexes), same Gapminder v1 / WPP 2022 source. */
export function populationCountAttribution(age: string) {
	return fromGapminder(
		'fasttrack',
		'UN DESA Population Division, World Population Prospects 2022',
		'http://gapm.io/dpop',
		`population_aged_${age}_years_total_number`
	);
}

export function populationCountExtract(age: string): GapminderExtract {
	return {
		from: 'gapminder',
		files: { total: fastTrackFile(`population_aged_${age}_years_total_number`, 'geo') },
		// WPP 2022 estimates end in 2021; later years are its medium-variant projections
		lastObservedYear: 2021
	};
}
