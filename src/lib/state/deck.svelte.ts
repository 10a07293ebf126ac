import { getContext, setContext } from 'svelte';
import { browser } from '$app/environment';
import { deckFromJson, deckToJson } from '$lib/deck/codec';
import { addSlide, emptyDeck } from '$lib/deck/edit';
import type { Deck } from '$lib/deck/types';
import type { ViewSpec } from '$lib/spec';

/** One deck per browser, under this key; a versioned deck JSON (see $lib/deck/codec). */
export const DECK_STORAGE_KEY = 'asean-dashboard:deck';

/**
 * The presenter's deck, kept in localStorage so it survives reloads and is shared by the deck
 * page, the presenter and the speaker window (which follow each other's changes through the
 * `storage` event). A stored deck that cannot be read is left in place, not overwritten, until
 * the user changes the deck.
 */
export class DeckState {
	deck = $state.raw<Deck>(emptyDeck(''));
	/** The browser refused to store the deck (quota, private mode): it lives for this page only */
	storageFailed = $state(false);

	constructor() {
		if (!browser) return;
		this.#read();
		window.addEventListener('storage', (event) => {
			if (event.key === DECK_STORAGE_KEY) this.#read();
		});
	}

	#read() {
		try {
			const text = localStorage.getItem(DECK_STORAGE_KEY);
			if (!text) return;
			const read = deckFromJson(text);
			if (read.ok) this.deck = read.deck;
		} catch {
			this.storageFailed = true;
		}
	}

	/** Replaces the deck and stores it. */
	set(deck: Deck) {
		this.deck = deck;
		try {
			localStorage.setItem(DECK_STORAGE_KEY, deckToJson(deck));
			this.storageFailed = false;
		} catch {
			this.storageFailed = true;
		}
	}

	/** Appends a chart as a new slide; returns its position, counted from 1. */
	add(spec: ViewSpec, title: string): number {
		this.set(addSlide(this.deck, spec, title));
		return this.deck.slides.length;
	}
}

const key = Symbol('deck');

export function setDeck(state: DeckState): DeckState {
	return setContext(key, state);
}

export function getDeck(): DeckState {
	const state = getContext<DeckState | undefined>(key);
	if (!state) throw new Error('DeckState context is missing: set it in the language layout');
	return state;
}
