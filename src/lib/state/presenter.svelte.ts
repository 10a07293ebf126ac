import { deckFromJson, deckToJson } from '$lib/deck/codec';
import type { Deck } from '$lib/deck/types';

/** The channel the presenter and its speaker window talk on; same origin only, never a network. */
export const PRESENT_CHANNEL = 'asean-dashboard:present';

export type PresentMessage =
	| { type: 'hello' }
	| { type: 'state'; index: number; playing: boolean; deck: string }
	| { type: 'go'; index: number };

/** What a key does in presenter mode (clickers send Page Up/Down). */
export function keyAction(
	key: string
): 'next' | 'prev' | 'first' | 'last' | 'play' | 'stop' | null {
	switch (key) {
		case 'ArrowRight':
		case 'PageDown':
		case ' ':
			return 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'prev';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'p':
		case 'P':
			return 'play';
		case 'Escape':
			return 'stop';
		default:
			return null;
	}
}

/**
 * Which slide is on the projector, whether its years are playing, and the speaker window kept
 * in step over a BroadcastChannel (it asks with `hello`, and may move the slides with `go`).
 */
export class PresenterState {
	index = $state(0);
	playing = $state(false);
	#channel: BroadcastChannel | null = null;

	constructor(private readonly deck: () => Deck) {}

	get total() {
		return this.deck().slides.length;
	}

	go(index: number) {
		const next = Math.min(Math.max(0, index), Math.max(0, this.total - 1));
		if (next !== this.index) this.playing = false;
		this.index = next;
		this.broadcast();
	}

	/** Applies a key; true when the key was one of presenter mode's. */
	act(action: ReturnType<typeof keyAction>): boolean {
		if (action === 'next') this.go(this.index + 1);
		else if (action === 'prev') this.go(this.index - 1);
		else if (action === 'first') this.go(0);
		else if (action === 'last') this.go(this.total - 1);
		else if (action === 'play') this.setPlaying(!this.playing);
		else return false;
		return true;
	}

	setPlaying(on: boolean) {
		this.playing = on;
		this.broadcast();
	}

	/** Starts talking to speaker windows; returns the function that stops. */
	connect(): () => void {
		if (typeof BroadcastChannel === 'undefined') return () => {};
		const channel = new BroadcastChannel(PRESENT_CHANNEL);
		this.#channel = channel;
		channel.onmessage = (event: MessageEvent<PresentMessage>) => {
			if (event.data.type === 'hello') this.broadcast();
			if (event.data.type === 'go') this.go(event.data.index);
		};
		this.broadcast();
		return () => {
			channel.close();
			this.#channel = null;
		};
	}

	broadcast() {
		this.#channel?.postMessage({
			type: 'state',
			index: this.index,
			playing: this.playing,
			deck: deckToJson(this.deck())
		} satisfies PresentMessage);
	}
}

/** The speaker window's side: the presenter's deck and slide as last heard. */
export class SpeakerState {
	deck = $state.raw<Deck | null>(null);
	index = $state(0);
	playing = $state(false);
	#channel: BroadcastChannel | null = null;

	connect(): () => void {
		if (typeof BroadcastChannel === 'undefined') return () => {};
		const channel = new BroadcastChannel(PRESENT_CHANNEL);
		this.#channel = channel;
		channel.onmessage = (event: MessageEvent<PresentMessage>) => {
			if (event.data.type !== 'state') return;
			const read = deckFromJson(event.data.deck);
			if (read.ok) this.deck = read.deck;
			this.index = event.data.index;
			this.playing = event.data.playing;
		};
		channel.postMessage({ type: 'hello' } satisfies PresentMessage);
		return () => {
			channel.close();
			this.#channel = null;
		};
	}

	go(index: number) {
		this.#channel?.postMessage({ type: 'go', index } satisfies PresentMessage);
	}
}
