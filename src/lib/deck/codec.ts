import { specFromJson, specToJson } from '$lib/spec';
import { DECK_VERSION, type Deck, type DeckRead, type Slide } from './types';

/** Longest title or note kept; a longer one is a sign of a wrong file, not a slide. */
const MAX_TEXT = 5000;
const MAX_SLIDES = 200;

/**
 * The stored form of a deck: its version, title and slides, each slide's spec in the spec's own
 * compact JSON (with the spec's version), so a spec migration applies inside decks too.
 */
export function deckToJson(deck: Deck): string {
	return JSON.stringify({
		v: DECK_VERSION,
		title: deck.title,
		slides: deck.slides.map((s) => ({
			id: s.id,
			title: s.title,
			note: s.note,
			speakerNotes: s.speakerNotes,
			spec: JSON.parse(specToJson(s.spec))
		}))
	});
}

/** Reads a deck file or link payload; every problem names what is wrong and where. */
export function deckFromJson(input: string): DeckRead {
	let raw: unknown;
	try {
		raw = JSON.parse(input);
	} catch (error) {
		return { ok: false, error: { code: 'not-json', detail: (error as Error).message } };
	}
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
		return { ok: false, error: { code: 'not-a-deck', detail: 'not an object' } };
	}
	const record = raw as Record<string, unknown>;
	const version = record.v;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, error: { code: 'not-a-deck', detail: 'no deck version ("v")' } };
	}
	if (version > DECK_VERSION) return { ok: false, error: { code: 'newer-version', version } };
	if (typeof record.title !== 'string' || record.title.length > MAX_TEXT) {
		return { ok: false, error: { code: 'not-a-deck', detail: 'no title' } };
	}
	if (!Array.isArray(record.slides) || record.slides.length > MAX_SLIDES) {
		return { ok: false, error: { code: 'not-a-deck', detail: 'no list of slides' } };
	}
	const slides: Slide[] = [];
	const seen = new Set<string>();
	for (const [i, item] of record.slides.entries()) {
		const bad = (field: string, detail: string): DeckRead => ({
			ok: false,
			error: { code: 'bad-slide', slide: i + 1, field, detail }
		});
		if (!item || typeof item !== 'object') return bad('slide', 'not an object');
		const s = item as Record<string, unknown>;
		for (const field of ['title', 'note', 'speakerNotes'] as const) {
			const value = s[field] ?? '';
			if (typeof value !== 'string') return bad(field, 'not text');
			if (value.length > MAX_TEXT) return bad(field, `longer than ${MAX_TEXT} characters`);
		}
		const spec = specFromJson(s.spec);
		if (!spec.ok) {
			const e = spec.error;
			if (e.code === 'bad-field') return bad(`spec.${e.field}`, e.detail);
			return bad('spec', e.code === 'newer-version' ? `version ${e.version}` : e.detail);
		}
		let id = typeof s.id === 'string' && s.id && s.id.length <= 64 ? s.id : `s${i + 1}`;
		while (seen.has(id)) id = `${id}-${i + 1}`;
		seen.add(id);
		slides.push({
			id,
			title: String(s.title ?? ''),
			note: String(s.note ?? ''),
			speakerNotes: String(s.speakerNotes ?? ''),
			spec: spec.spec
		});
	}
	return { ok: true, deck: { version: DECK_VERSION, title: record.title, slides } };
}

/**
 * A deck as a URL-safe text for a share link's hash (`#deck=…`): UTF-8 (Thai titles), base64url.
 * The hash never reaches a server, so a shared deck stays between the people who share it.
 */
export function deckToLinkText(deck: Deck, withSpeakerNotes = false): string {
	const shared = withSpeakerNotes
		? deck
		: { ...deck, slides: deck.slides.map((s) => ({ ...s, speakerNotes: '' })) };
	const bytes = new TextEncoder().encode(deckToJson(shared));
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function deckFromLinkText(text: string): DeckRead {
	let json: string;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		json = new TextDecoder('utf-8', { fatal: true }).decode(
			Uint8Array.from(binary, (c) => c.charCodeAt(0))
		);
	} catch (error) {
		return { ok: false, error: { code: 'not-a-deck', detail: (error as Error).message } };
	}
	return deckFromJson(json);
}
