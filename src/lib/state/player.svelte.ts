/** Seconds each year stays on screen while playing. */
export const PLAYER_SPEEDS = [0.5, 1, 2] as const;
export type PlayerSpeed = (typeof PLAYER_SPEEDS)[number];

/** The timer functions the player uses; tests pass fake ones. */
export interface PlayerTimers {
	setTimeout(run: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

export interface PlayerOptions {
	/** The years to step through; sorted and de-duplicated here */
	years: readonly number[];
	/** Where the cursor starts; the last year when absent or not in `years` */
	year?: number | null;
	speed?: PlayerSpeed;
	/**
	 * Called on every change of year or of playing. `playing` is false once the player stops
	 * (paused, or at the end): the moment to write a URL or history entry, never on each frame.
	 */
	onchange?: (year: number | null, playing: boolean) => void;
	timers?: PlayerTimers;
}

/** The index one step from `index`, kept within `length` years. */
export function stepIndex(index: number, delta: number, length: number): number {
	if (length === 0) return 0;
	return Math.min(length - 1, Math.max(0, index + delta));
}

/** Where play starts: from the current year, or from the first year when already at the end. */
export function playStart(index: number, length: number): number {
	return index >= length - 1 ? 0 : index;
}

function sortedYears(years: readonly number[]): number[] {
	return [...new Set(years.filter(Number.isFinite))].sort((a, b) => a - b);
}

/**
 * Plays a chart over the years: a cursor over a list of years that steps forward at a chosen
 * speed and stops at the last year. It only holds the cursor; what a year means for a chart is
 * the caller's, told through `onchange`.
 */
export class Player {
	years = $state.raw<number[]>([]);
	index = $state(0);
	playing = $state(false);
	/**
	 * True from the first play, step or jump until `release()`: the chart keeps its fixed scales
	 * and the large year while the user moves through the years, paused or not.
	 */
	engaged = $state(false);
	speed = $state<PlayerSpeed>(1);

	#timer: unknown = null;
	#timers: PlayerTimers;
	#onchange: PlayerOptions['onchange'];

	constructor(options: PlayerOptions) {
		this.#timers = options.timers ?? {
			setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
			clearTimeout: (handle) => globalThis.clearTimeout(handle as number)
		};
		this.#onchange = options.onchange;
		this.speed = options.speed ?? 1;
		this.years = sortedYears(options.years);
		const at = options.year == null ? -1 : this.years.indexOf(options.year);
		this.index = at >= 0 ? at : Math.max(0, this.years.length - 1);
	}

	/** The year under the cursor; null when there are no years. */
	get year(): number | null {
		return this.years[this.index] ?? null;
	}

	get atStart(): boolean {
		return this.index <= 0;
	}

	get atEnd(): boolean {
		return this.index >= this.years.length - 1;
	}

	/** Steps forward from the current year (from the first when at the end) until the last. */
	play() {
		if (this.years.length < 2) return;
		this.#clear();
		this.index = playStart(this.index, this.years.length);
		this.playing = true;
		this.engaged = true;
		this.#notify();
		this.#schedule();
	}

	pause() {
		if (!this.playing) return;
		this.#clear();
		this.playing = false;
		this.#notify();
	}

	toggle() {
		if (this.playing) this.pause();
		else this.play();
	}

	/** One year back or forward; pauses, since the user has taken the cursor. */
	step(delta: -1 | 1) {
		this.#clear();
		this.playing = false;
		this.engaged = true;
		this.index = stepIndex(this.index, delta, this.years.length);
		this.#notify();
	}

	/** Straight to the last year, without passing the years between. */
	jumpToEnd() {
		this.#clear();
		this.playing = false;
		this.engaged = true;
		this.index = Math.max(0, this.years.length - 1);
		this.#notify();
	}

	/** Puts the cursor on a year (or the nearest earlier one) without playing. */
	jumpTo(year: number) {
		this.#clear();
		this.playing = false;
		const at = this.years.findLastIndex((y) => y <= year);
		this.index = Math.max(0, at);
		this.#notify();
	}

	/**
	 * Puts the cursor on a year chosen elsewhere (a year menu, a slide) without telling
	 * `onchange`, and leaves play: the chart goes back to its own scales.
	 */
	release(year: number | null = null) {
		this.#clear();
		this.playing = false;
		this.engaged = false;
		if (year === null) return;
		const at = this.years.findLastIndex((y) => y <= year);
		this.index = Math.max(0, at);
	}

	setSpeed(speed: PlayerSpeed) {
		this.speed = speed;
		if (this.playing) {
			this.#clear();
			this.#schedule();
		}
	}

	/** Replaces the years (another sex or indicator); keeps the cursor's year when it is there. */
	setYears(years: readonly number[]) {
		const year = this.year;
		this.pause();
		this.years = sortedYears(years);
		const at = year === null ? -1 : this.years.indexOf(year);
		this.index = at >= 0 ? at : Math.max(0, this.years.length - 1);
	}

	/** Stops the timer; call when the chart goes away. */
	destroy() {
		this.#clear();
		this.playing = false;
		this.engaged = false;
	}

	#schedule() {
		this.#timer = this.#timers.setTimeout(() => this.#tick(), this.speed * 1000);
	}

	#tick() {
		this.#timer = null;
		if (!this.playing) return;
		this.index = stepIndex(this.index, 1, this.years.length);
		if (this.atEnd) this.playing = false;
		this.#notify();
		if (this.playing) this.#schedule();
	}

	#clear() {
		if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
		this.#timer = null;
	}

	#notify() {
		this.#onchange?.(this.year, this.playing);
	}
}
