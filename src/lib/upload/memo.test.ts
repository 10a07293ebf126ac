import { describe, expect, it } from 'vitest';
import { memoByText } from './memo';

describe('memoByText', () => {
	it('reads each text once and returns the same answer, null included', () => {
		const calls: string[] = [];
		const read = memoByText((text: string) => {
			calls.push(text);
			return text === 'none' ? null : text.length;
		});
		expect([read('Thailand'), read('none'), read('Thailand'), read('none')]).toEqual([
			8,
			null,
			8,
			null
		]);
		expect(calls).toEqual(['Thailand', 'none']);
	});

	it('stops remembering past its bound but still answers', () => {
		let calls = 0;
		const read = memoByText((text: string) => (calls++, text.toUpperCase()), 2);
		for (const text of ['a', 'b', 'c', 'c', 'a']) read(text);
		expect(read('c')).toBe('C');
		// a and b are remembered; c, past the bound, is read each of its three times
		expect(calls).toBe(5);
	});
});
