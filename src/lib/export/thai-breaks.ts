import { MEMBERS } from '$lib/countries/members';

/** A piece of text that is never broken inside; `space` says a space came before it. */
export interface BreakUnit {
	text: string;
	space: boolean;
}

/**
 * Names the dictionary behind Intl.Segmenter does not know, which it would cut ("เมีย|นมา",
 * "บรูไน|ดา|รุส|ซาลาม"), and words it splits although a reader sees one ("ร้อย|ละ").
 */
const WHOLE_WORDS = [...MEMBERS.map((m) => m.name.th), 'ร้อยละ', 'อาเซียน'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Runs a line must not be broken inside: an era and its year, a number range, a number and its unit. */
const UNBREAKABLE = [
	/(?:พ\.ศ\.|ค\.ศ\.|B\.E\.|C\.E\.)\s*\d+/gu,
	/\d[\d,.]*(?:\s*[–-]\s*\d[\d,.]*)?\s*(?:ปีขึ้นไป|ปี|เดือน|วัน|คน|ราย|%|years?)/gu,
	/\d[\d,.]*\s*[–-]\s*\d[\d,.]*/gu,
	new RegExp(WHOLE_WORDS.map(escape).join('|'), 'gu')
];

const THAI = /[\u0E00-\u0E7F]/u;
// Made on first use: building it loads ICU's Thai dictionary, tens of milliseconds that every
// page importing the export code paid while hydrating (issue 9: no long tasks).
let segmenter: Intl.Segmenter | undefined;

/**
 * Where a line may break (issue 12): at spaces, and between two Thai words as Intl.Segmenter
 * finds them; never inside a word, a number range ("15–19 ปี"), an era and its year
 * ("พ.ศ. 2563"), a member's name, or between a word and the punctuation next to it.
 */
export function breakUnits(text: string): BreakUnit[] {
	const source = text.trim().replace(/\s+/gu, ' ');
	const glued = new Array<boolean>(source.length + 1).fill(false);
	for (const pattern of UNBREAKABLE) {
		for (const match of source.matchAll(pattern)) {
			for (let k = match.index + 1; k < match.index + match[0].length; k++) glued[k] = true;
		}
	}
	segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
	const segments = [...segmenter.segment(source)];
	const units: BreakUnit[] = [];
	let current = '';
	let space = false;
	let previous: Intl.SegmentData | undefined;
	for (const segment of segments) {
		const at = segment.index;
		if (segment.segment === ' ' && !glued[at]) {
			if (current) units.push({ text: current, space });
			current = '';
			space = true;
			previous = undefined;
			continue;
		}
		const thaiWords =
			previous !== undefined &&
			previous.isWordLike === true &&
			segment.isWordLike === true &&
			THAI.test(previous.segment) &&
			THAI.test(segment.segment) &&
			!/\d/u.test(previous.segment + segment.segment);
		if (current && thaiWords && !glued[at]) {
			units.push({ text: current, space });
			current = '';
			space = false;
		}
		current += segment.segment;
		previous = segment;
	}
	if (current) units.push({ text: current, space });
	return units;
}
