import { MEMBERS } from '../src/lib/countries/members';

/** countries.json rows, written from members.ts (the single source of truth) in a fixed key order. */
export function countriesForJson() {
	return MEMBERS.map((m) => ({
		iso3: m.iso3,
		iso2: m.iso2,
		m49: m.m49,
		name: { en: m.name.en, th: m.name.th },
		aliases: [...m.aliases],
		subregion: m.subregion,
		color: m.color
	}));
}
