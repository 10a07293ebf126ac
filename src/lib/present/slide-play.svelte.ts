import { untrack } from 'svelte';
import type { Player } from '$lib/state/player.svelte';

/**
 * A slide's years played on the presenter's word: while `playing()` is true the player runs
 * through every year from the first and stops on the last, then `onplayed` tells the presenter.
 * Call while a component initialises (it sets up effects); the player ends with the component.
 */
export function playOnSlide(
	player: Player,
	playing: () => boolean,
	onplayed: () => (() => void) | undefined
): void {
	$effect(() => {
		const on = playing();
		untrack(() => {
			if (on && !player.playing) {
				player.release(player.years[0] ?? null);
				player.play();
			} else if (!on) player.pause();
		});
	});
	let wasPlaying = false;
	$effect(() => {
		const now = player.playing;
		if (wasPlaying && !now) untrack(() => onplayed()?.());
		wasPlaying = now;
	});
	$effect(() => () => player.destroy());
}
