import { MEMBERS, type Iso3 } from './members';

export type MatchVia = 'iso3' | 'iso2' | 'm49' | 'name' | 'alias' | 'legacy';

export interface CountryMatch {
	iso3: Iso3;
	via: MatchVia;
}

/** Why a non-empty label did not resolve to a member: shown next to the label in the import report. */
export type UnmatchedKind = 'empty' | 'aggregate' | 'subnational' | 'unknown';

const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const FOOTNOTE_SUFFIXES = [
	/\s*[*†‡§¹²³⁰-⁹]+$/u,
	/\s*\((?:[a-z]|\d{1,2})\)$/i,
	/\s*\[(?:[a-z]|\d{1,2})\]$/i
];

/**
 * Canonical form of a label for exact lookup: Unicode compatibility forms, no zero-width
 * characters, Latin accents dropped (Thai marks kept), one kind of apostrophe, quote and hyphen,
 * single spaces, lower case.
 */
export function normaliseLabel(raw: string): string {
	let text = raw
		.replace(ZERO_WIDTH, '')
		.normalize('NFKD')
		.replace(LATIN_WITH_MARKS, '$1')
		.normalize('NFC')
		.replace(/[’‘‛′`´ʼ]/g, "'")
		.replace(/[“”„″]/g, '"')
		.replace(/[‐‑‒–—―−]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
	const quoted = /^"(.*)"$/.exec(text);
	if (quoted) text = quoted[1].trim();
	return text
		.replace(/\s*-\s*/g, '-')
		.replace(/\.\s+/g, '.')
		.toLowerCase();
}

/** Drops one or more trailing footnote markers (`*`, `†`, `¹`, `(a)`, `[1]`); null when there are none. */
function withoutFootnotes(raw: string): string | null {
	let text = raw.replace(ZERO_WIDTH, '').trim();
	let changed = false;
	for (let again = true; again;) {
		again = false;
		for (const suffix of FOOTNOTE_SUFFIXES) {
			const next = text.replace(suffix, '');
			if (next !== text && next.trim() !== '') {
				text = next.trim();
				changed = again = true;
			}
		}
	}
	return changed ? text : null;
}

const codeKeys = new Map<string, CountryMatch>();
const nameKeys = new Map<string, CountryMatch>();
const m49Codes = new Map<number, Iso3>();

function addKey(keys: Map<string, CountryMatch>, label: string, match: CountryMatch): void {
	const key = normaliseLabel(label);
	if (!keys.has(key)) keys.set(key, match);
}

for (const m of MEMBERS) {
	addKey(codeKeys, m.iso3, { iso3: m.iso3, via: 'iso3' });
	addKey(codeKeys, m.iso2, { iso3: m.iso3, via: 'iso2' });
	m49Codes.set(Number(m.m49), m.iso3);
	addKey(nameKeys, m.name.en, { iso3: m.iso3, via: 'name' });
	addKey(nameKeys, m.name.th, { iso3: m.iso3, via: 'name' });
}
for (const m of MEMBERS) {
	for (const alias of m.aliases) {
		if (/^[A-Z]{2,3}$/.test(alias)) addKey(codeKeys, alias, { iso3: m.iso3, via: 'legacy' });
		else addKey(nameKeys, alias, { iso3: m.iso3, via: 'alias' });
	}
}

function lookup(raw: string): CountryMatch | null {
	const trimmed = raw.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
	if (/^0*\d{1,3}$/.test(trimmed)) {
		const iso3 = m49Codes.get(Number(trimmed));
		return iso3 ? { iso3, via: 'm49' } : null;
	}
	const key = normaliseLabel(trimmed);
	const looksLikeCode = /^[A-Z]{2,3}$/.test(trimmed);
	const first = looksLikeCode ? codeKeys : nameKeys;
	const second = looksLikeCode ? nameKeys : codeKeys;
	return first.get(key) ?? second.get(key) ?? null;
}

/**
 * Resolves a country label or code to one of the 11 ASEAN members, or null. Exact matches only
 * (after normalisation): aggregates, sub-national rows such as "Indonesia (urban)" and every
 * non-member stay null, so a wrong guess can never reach the data.
 */
export function matchCountry(raw: string): CountryMatch | null {
	const direct = lookup(raw);
	if (direct) return direct;
	const stripped = withoutFootnotes(raw);
	if (stripped === null) return null;
	const viaStripped = lookup(stripped);
	// Codes with a footnote ("TH*") are too short to be sure of.
	return viaStripped && (viaStripped.via === 'name' || viaStripped.via === 'alias')
		? viaStripped
		: null;
}

const AGGREGATE_PATTERNS: readonly RegExp[] = [
	/\bworld\b/,
	/\basean\b/,
	/\bincome\b/,
	/\b(ida|ibrd)\b/,
	/\boecd\b/,
	/\beuro area\b/,
	/\beuropean union\b/,
	/\bsmall states\b/,
	/\bfragile\b/,
	/\bheavily indebted\b/,
	/\bleast developed\b/,
	/\bdividend\b/,
	/\bnot classified\b/,
	/\bexcluding\b/,
	/\(pip\)/,
	/\bregion\b/,
	/\b(countries|economies|members|total)\b/,
	/\b(east|south|central|west|western|eastern|southern|northern|north) (asia|europe)\b/,
	// "South Africa" is a country, "Southern Africa" a region
	/\b(north|western|eastern|central|southern) africa\b/,
	/\b(asia|africa|europe|america)\b.*\b(and|&)\b/,
	/\b(and|&) (pacific|central asia|the caribbean|north africa|southern africa|central africa)\b/,
	/\bsub-saharan\b/,
	/\bmiddle east\b/,
	/\blatin america\b/,
	/\bnorth america\b/,
	/^(asia|africa|europe|oceania|americas|pacific)$/,
	/^(wld|arb|eas|eap|ecs|eca|lcn|lac|mea|mna|nac|sas|ssf|ssa|emu|euu|owid_wrl)$/
];

/** A reason to show next to a label that `matchCountry` left unresolved. */
export function classifyUnmatched(raw: string): UnmatchedKind {
	const key = normaliseLabel(raw);
	if (key === '') return 'empty';
	if (AGGREGATE_PATTERNS.some((pattern) => pattern.test(key))) return 'aggregate';
	if (/\b(urban|rural)\b/.test(key)) return 'subnational';
	const base = /^(.+?)\s*(?:\(.+\)|,.+|-.+)$/.exec(raw.trim());
	if (base && lookup(base[1])) return 'subnational';
	return 'unknown';
}
