import { describe, expect, it } from 'vitest';
import { defaultSpec } from '$lib/spec';
import { deckFromJson, deckFromLinkText, deckToJson, deckToLinkText } from './codec';
import { addSlide, duplicateSlide, emptyDeck, moveSlide, removeSlide, updateSlide } from './edit';
import { DECK_VERSION, type Deck } from './types';

const ranked = { ...defaultSpec({ indicator: 'pension-coverage', lang: 'th' }), year: 2019 };
const trend = {
	...defaultSpec({ indicator: 'pension-coverage', lang: 'th', chart: 'trend' }),
	countries: ['THA', 'VNM'] as Deck['slides'][number]['spec']['countries'],
	highlight: ['THA'] as Deck['slides'][number]['spec']['highlight'],
	range: [2005, 2020] as [number, number],
	era: 'be' as const
};

function sample(): Deck {
	let deck = emptyDeck('ผู้สูงอายุในอาเซียน');
	deck = addSlide(deck, ranked, 'Pensions, 2019');
	deck = addSlide(deck, trend, 'ไทยกับเวียดนาม');
	return updateSlide(deck, deck.slides[1].id, { note: 'Source: ILO', speakerNotes: 'secret' });
}

describe('deck codec', () => {
	it('round-trips a deck through its JSON, specs included', () => {
		const deck = sample();
		const read = deckFromJson(deckToJson(deck));
		expect(read).toEqual({ ok: true, deck });
	});

	it('round-trips through a share link, Thai text intact, speaker notes left out', () => {
		const deck = sample();
		const read = deckFromLinkText(deckToLinkText(deck));
		if (!read.ok) throw new Error(JSON.stringify(read.error));
		expect(read.deck.title).toBe(deck.title);
		expect(read.deck.slides.map((s) => s.spec)).toEqual(deck.slides.map((s) => s.spec));
		expect(read.deck.slides.map((s) => s.speakerNotes)).toEqual(['', '']);
		expect(deckToLinkText(deck)).toMatch(/^[A-Za-z0-9_-]+$/);
	});

	it.each([
		['not JSON', '{', 'not-json'],
		['an array', '[]', 'not-a-deck'],
		['no version', JSON.stringify({ title: 't', slides: [] }), 'not-a-deck'],
		['no slides list', JSON.stringify({ v: 1, title: 't' }), 'not-a-deck'],
		[
			'a newer version',
			JSON.stringify({ v: DECK_VERSION + 1, title: 't', slides: [] }),
			'newer-version'
		]
	])('refuses %s', (_what, text, code) => {
		const read = deckFromJson(text);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.error.code).toBe(code);
	});

	it('names the slide and field of a bad slide', () => {
		const good = JSON.parse(deckToJson(sample()));
		good.slides[1].spec.chart = 'pie';
		const read = deckFromJson(JSON.stringify(good));
		expect(read).toEqual({
			ok: false,
			error: { code: 'bad-slide', slide: 2, field: 'spec.chart', detail: 'pie' }
		});
		const notText = JSON.parse(deckToJson(sample()));
		notText.slides[0].title = 42;
		const second = deckFromJson(JSON.stringify(notText));
		expect(second.ok === false && second.error).toMatchObject({ slide: 1, field: 'title' });
	});

	it('refuses a link that is not base64 of a deck', () => {
		expect(deckFromLinkText('%%%').ok).toBe(false);
		expect(deckFromLinkText(btoa('hello')).ok).toBe(false);
	});
});

describe('deck edits', () => {
	it('moves, duplicates and removes slides without changing the original', () => {
		const deck = sample();
		const [a, b] = deck.slides.map((s) => s.id);
		const moved = moveSlide(deck, b, -1);
		expect(moved.slides.map((s) => s.id)).toEqual([b, a]);
		expect(deck.slides.map((s) => s.id)).toEqual([a, b]);
		expect(moveSlide(deck, a, -1)).toBe(deck);
		const copied = duplicateSlide(deck, a);
		expect(copied.slides).toHaveLength(3);
		expect(copied.slides[1]).toEqual({ ...deck.slides[0], id: copied.slides[1].id });
		expect(new Set(copied.slides.map((s) => s.id)).size).toBe(3);
		expect(removeSlide(copied, a).slides.map((s) => s.id)).not.toContain(a);
	});
});
