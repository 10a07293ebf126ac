import type { ViewSpec } from '$lib/spec';

/** The schema version written into every deck file and link; older ones are migrated on read. */
export const DECK_VERSION = 1;

/** One slide: a chart written down as its full view spec, with the presenter's words. */
export interface Slide {
	/** Stable within the deck, so reordering keeps keyboard focus and keyed rendering right */
	id: string;
	title: string;
	/** Shown to the audience under the chart; may be empty */
	note: string;
	/** Private: shown only in the speaker view */
	speakerNotes: string;
	spec: ViewSpec;
}

export interface Deck {
	version: typeof DECK_VERSION;
	title: string;
	slides: Slide[];
}

/** Why a deck file or link could not be read; nothing is changed when one is returned. */
export type DeckReadError =
	| { code: 'not-json'; detail: string }
	| { code: 'not-a-deck'; detail: string }
	| { code: 'newer-version'; version: number }
	| { code: 'bad-slide'; slide: number; field: string; detail: string };

export type DeckRead = { ok: true; deck: Deck } | { ok: false; error: DeckReadError };
