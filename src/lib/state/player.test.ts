import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Player, playStart, stepIndex } from './player.svelte';

describe('stepIndex and playStart', () => {
	it('keeps the cursor within the years', () => {
		expect(stepIndex(0, -1, 5)).toBe(0);
		expect(stepIndex(4, 1, 5)).toBe(4);
		expect(stepIndex(2, 1, 5)).toBe(3);
		expect(stepIndex(0, 1, 0)).toBe(0);
	});
	it('plays again from the first year when at the end', () => {
		expect(playStart(4, 5)).toBe(0);
		expect(playStart(2, 5)).toBe(2);
	});
});

describe('Player', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	const years = [2012, 2010, 2011, 2011, 2014];

	it('sorts the years and starts on the given year, or the last', () => {
		expect(new Player({ years }).years).toEqual([2010, 2011, 2012, 2014]);
		expect(new Player({ years }).year).toBe(2014);
		expect(new Player({ years, year: 2011 }).year).toBe(2011);
		expect(new Player({ years, year: 1999 }).year).toBe(2014);
		expect(new Player({ years: [] }).year).toBeNull();
	});

	it('steps one year per interval at its speed and stops at the end', () => {
		const seen: [number | null, boolean][] = [];
		const player = new Player({
			years,
			year: 2010,
			speed: 0.5,
			onchange: (y, playing) => seen.push([y, playing])
		});
		player.play();
		expect(player.playing).toBe(true);
		vi.advanceTimersByTime(499);
		expect(player.year).toBe(2010);
		vi.advanceTimersByTime(1);
		expect(player.year).toBe(2011);
		vi.advanceTimersByTime(1000);
		expect(player.year).toBe(2014);
		expect(player.playing).toBe(false);
		vi.advanceTimersByTime(5000);
		expect(player.year).toBe(2014);
		expect(seen).toEqual([
			[2010, true],
			[2011, true],
			[2012, true],
			[2014, false]
		]);
	});

	it('plays from the first year when started at the end', () => {
		const player = new Player({ years });
		player.play();
		expect(player.year).toBe(2010);
		vi.advanceTimersByTime(1000);
		expect(player.year).toBe(2011);
	});

	it('pauses where it is and resumes from there', () => {
		const player = new Player({ years, year: 2010 });
		player.play();
		vi.advanceTimersByTime(1000);
		player.pause();
		vi.advanceTimersByTime(10_000);
		expect(player.year).toBe(2011);
		expect(player.playing).toBe(false);
		player.toggle();
		vi.advanceTimersByTime(1000);
		expect(player.year).toBe(2012);
	});

	it('jumps to the end without passing the years between', () => {
		const seen: (number | null)[] = [];
		const player = new Player({ years, year: 2010, onchange: (y) => seen.push(y) });
		player.play();
		player.jumpToEnd();
		expect(player.year).toBe(2014);
		expect(player.playing).toBe(false);
		vi.advanceTimersByTime(10_000);
		expect(seen).toEqual([2010, 2014]);
	});

	it('steps back and forward by hand, pausing play', () => {
		const player = new Player({ years, year: 2011 });
		player.play();
		player.step(-1);
		expect(player.playing).toBe(false);
		expect(player.year).toBe(2010);
		player.step(-1);
		expect(player.year).toBe(2010);
		player.step(1);
		player.step(1);
		expect(player.year).toBe(2012);
		player.jumpTo(2013);
		expect(player.year).toBe(2012);
	});

	it('is engaged from the first play or step until released', () => {
		const seen: (number | null)[] = [];
		const player = new Player({ years, onchange: (y) => seen.push(y) });
		expect(player.engaged).toBe(false);
		player.step(-1);
		expect(player.engaged).toBe(true);
		player.play();
		player.release(2011);
		expect(player.engaged).toBe(false);
		expect(player.playing).toBe(false);
		expect(player.year).toBe(2011);
		vi.advanceTimersByTime(5000);
		expect(seen).toEqual([2012, 2012]);
	});

	it('changes speed while playing', () => {
		const player = new Player({ years, year: 2010, speed: 2 });
		player.play();
		vi.advanceTimersByTime(1000);
		player.setSpeed(0.5);
		vi.advanceTimersByTime(500);
		expect(player.year).toBe(2011);
	});

	it('keeps the year when the years change, and stops on destroy', () => {
		const player = new Player({ years, year: 2011 });
		player.setYears([2011, 2015]);
		expect(player.year).toBe(2011);
		player.setYears([2000]);
		expect(player.year).toBe(2000);
		player.setYears([1990, 2000, 2010]);
		player.play();
		player.destroy();
		vi.advanceTimersByTime(5000);
		expect(player.year).toBe(2000);
		expect(player.playing).toBe(false);
	});
});
