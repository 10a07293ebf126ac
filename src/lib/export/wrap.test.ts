import { describe, expect, it } from 'vitest';
import { approximateMeasure, wrapText, type MeasureText } from './wrap';

// 10 px per character at size 10: widths are easy to reason about.
const mono: MeasureText = (text, size) => [...text].length * size;

describe('wrapText', () => {
	it('breaks only at spaces and keeps every line within the width', () => {
		const { lines, size } = wrapText('one two three four five', 100, mono, { size: 10 });
		expect(size).toBe(10);
		expect(lines).toEqual(['one two', 'three four', 'five']);
		expect(lines.every((line) => mono(line, 10) <= 100)).toBe(true);
	});

	it('collapses runs of white space and returns nothing for empty text', () => {
		expect(wrapText('  a \n  b  ', 100, mono, { size: 10 }).lines).toEqual(['a b']);
		expect(wrapText('   ', 100, mono, { size: 10 }).lines).toEqual([]);
	});

	it('breaks a Thai phrase without spaces between its words, at full size', () => {
		const phrase = 'การจดทะเบียนการเกิด';
		const measure = approximateMeasure();
		const wide = measure(phrase, 18);
		const { lines, size } = wrapText(phrase, wide * 0.8, measure, { size: 18, minSize: 12 });
		expect(lines).toEqual(['การจดทะเบียน', 'การเกิด']);
		expect(size).toBe(18);
	});

	it('shrinks the font for one word wider than the line instead of cutting it', () => {
		const word = 'บรูไนดารุสซาลาม';
		const measure = approximateMeasure();
		const wide = measure(word, 18);
		const { lines, size } = wrapText(word, wide * 0.8, measure, { size: 18, minSize: 12 });
		expect(lines).toEqual([word]);
		expect(size).toBeLessThan(18);
		expect(measure(word, size)).toBeLessThanOrEqual(wide * 0.8);
	});

	it('breaks Thai at spaces between phrases', () => {
		const text = 'ร้อยละของเด็ก อายุต่ำกว่า 5 ปี';
		const { lines } = wrapText(
			text,
			approximateMeasure()('ร้อยละของเด็ก', 14) + 1,
			approximateMeasure(),
			{
				size: 14
			}
		);
		expect(lines[0]).toBe('ร้อยละของเด็ก');
		expect(lines.join(' ')).toBe(text);
	});

	it('cuts a word too wide even at the smallest size between graphemes, never inside a cluster', () => {
		const word = 'บรูไนดารุสซาลาม';
		const measure = approximateMeasure();
		const { lines, size } = wrapText(word, 40, measure, { size: 14, minSize: 12 });
		expect(size).toBe(12);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe(word);
		// No line starts with a mark that belongs to the previous consonant.
		expect(lines.some((line) => /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u.test(line))).toBe(false);
	});

	it('measures Thai marks as taking no width', () => {
		const measure = approximateMeasure();
		expect(measure('ก่', 10)).toBe(measure('ก', 10));
	});
});
