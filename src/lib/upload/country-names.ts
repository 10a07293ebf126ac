import { matchCountry, normaliseLabel, type CountryMatch } from '../countries/match';
import type { Iso3 } from '../countries/members';

/**
 * Names a member had once (or a state it grew out of). A file that says "Burma" or "Siam" may be
 * an old table, and the figures of a former state are not the member's: such names are never
 * merged silently; the report offers the member as a suggestion the user can confirm (by using
 * the code column or "the whole file is one country").
 */
const HISTORICAL: Record<string, Iso3> = {
	burma: 'MMR',
	siam: 'THA',
	kampuchea: 'KHM',
	'democratic kampuchea': 'KHM',
	"people's republic of kampuchea": 'KHM',
	'khmer republic': 'KHM',
	malaya: 'MYS',
	'federation of malaya': 'MYS',
	'dutch east indies': 'IDN',
	'netherlands east indies': 'IDN',
	'portuguese timor': 'TLS',
	'south vietnam': 'VNM',
	'republic of vietnam': 'VNM',
	'north vietnam': 'VNM',
	'democratic republic of vietnam': 'VNM'
};

/** The member a historical name points to, for a suggestion; null for any other label. */
export function historicalName(raw: string): Iso3 | null {
	return HISTORICAL[normaliseLabel(raw)] ?? null;
}

/**
 * Country matching for uploads: exact name, alias, code or Thai name (countries/match.ts), and
 * the formal names of the UN M49 / ISO 3166 lists with or without their parenthesised article
 * ("Philippines (the)", "Lao People's Democratic Republic (the)"). Historical names never match.
 */
export function matchUploadCountry(raw: string): CountryMatch | null {
	if (historicalName(raw)) return null;
	const direct = matchCountry(raw);
	if (direct) return direct;
	const article = /^\s*(.*\S)\s*\(\s*the\s*\)\s*$/i.exec(raw) ?? /^\s*the\s+(.*\S)\s*$/i.exec(raw);
	if (!article) return null;
	const match = matchCountry(article[1]);
	return match && (match.via === 'name' || match.via === 'alias') ? match : null;
}
