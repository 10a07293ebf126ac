import type { ViewSpec } from '$lib/spec';
import { DECK_VERSION, type Deck, type Slide } from './types';

/** The pure edits a deck page makes; each returns a new deck and leaves the old one as it was. */

export function emptyDeck(title: string): Deck {
	return { version: DECK_VERSION, title, slides: [] };
}

/** An id not used in the deck yet: short, stable, and no randomness needed. */
export function freshId(deck: Deck): string {
	const used = new Set(deck.slides.map((s) => s.id));
	let n = deck.slides.length + 1;
	while (used.has(`s${n}`)) n++;
	return `s${n}`;
}

export function addSlide(deck: Deck, spec: ViewSpec, title: string): Deck {
	const slide: Slide = { id: freshId(deck), title, note: '', speakerNotes: '', spec };
	return { ...deck, slides: [...deck.slides, slide] };
}

/** Moves a slide by `by` places, clamped to the ends. */
export function moveSlide(deck: Deck, id: string, by: number): Deck {
	const from = deck.slides.findIndex((s) => s.id === id);
	if (from < 0) return deck;
	const to = Math.min(deck.slides.length - 1, Math.max(0, from + by));
	if (to === from) return deck;
	const slides = [...deck.slides];
	const [slide] = slides.splice(from, 1);
	slides.splice(to, 0, slide);
	return { ...deck, slides };
}

export function duplicateSlide(deck: Deck, id: string): Deck {
	const at = deck.slides.findIndex((s) => s.id === id);
	if (at < 0) return deck;
	const copy = { ...structuredClone(deck.slides[at]), id: freshId(deck) };
	const slides = [...deck.slides];
	slides.splice(at + 1, 0, copy);
	return { ...deck, slides };
}

export function removeSlide(deck: Deck, id: string): Deck {
	return { ...deck, slides: deck.slides.filter((s) => s.id !== id) };
}

export function updateSlide(deck: Deck, id: string, patch: Partial<Omit<Slide, 'id'>>): Deck {
	return { ...deck, slides: deck.slides.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}
