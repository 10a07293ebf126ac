import { describe, expect, it } from 'vitest';
import { storageSize } from './size';

describe('storageSize', () => {
	it('shows whole megabytes from 10 MB up, in the page language', () => {
		expect(storageSize(38_412_345, 'en')).toBe('38 MB');
		expect(storageSize(38_412_345, 'th')).toBe('38 เมกะไบต์');
	});

	it('keeps one decimal below 10 MB', () => {
		expect(storageSize(2_460_000, 'en')).toBe('2.5 MB');
		expect(storageSize(0, 'en')).toBe('0 MB');
	});
});
