import { describe, expect, it } from 'vitest';
import { slideFileName } from './deck-images';

describe('slideFileName', () => {
	it('numbers slides so that files sort in deck order', () => {
		expect(slideFileName(1, 3, 'Pensions, ranked')).toBe('1-pensions-ranked.png');
		expect(slideFileName(2, 12, 'Map')).toBe('02-map.png');
		expect(slideFileName(12, 12, 'Map')).toBe('12-map.png');
		const names = Array.from({ length: 12 }, (_, i) => slideFileName(i + 1, 12, 'x'));
		expect([...names].sort()).toEqual(names);
	});

	it('keeps Thai titles and falls back when a title has no letters', () => {
		expect(slideFileName(1, 2, 'ผู้สูงอายุ')).toBe('1-ผู้สูงอายุ.png');
		expect(slideFileName(2, 2, '…')).toBe('2-slide.png');
	});
});
