import { describe, expect, it } from 'vitest';
import { displayYear, formatExact, formatNumber, formatYear, formatYearLabel } from './format';
import { defaultEra, translate } from './locale';
import { en } from './messages.en';
import { th } from './messages.th';

describe('years', () => {
	it('adds 543 for the Buddhist Era, once', () => {
		expect(displayYear(2018, 'be')).toBe(2561);
		expect(displayYear(2018, 'ce')).toBe(2018);
		expect(formatYear(2022, 'be')).toBe('2565');
		expect(formatYearLabel(2022, 'be', 'th')).toBe('พ.ศ. 2565');
		expect(formatYearLabel(2022, 'be', 'en')).toBe('B.E. 2565');
		expect(formatYearLabel(2022, 'ce', 'th')).toBe('2022');
	});

	it('defaults Thai readers to B.E. and others to C.E.', () => {
		expect(defaultEra('th')).toBe('be');
		expect(defaultEra('en')).toBe('ce');
	});
});

describe('numbers', () => {
	it('formats per locale without changing the value', () => {
		expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
		expect(formatNumber(1234567.891, 'th', 2)).toBe('1,234,567.89');
		expect(formatNumber(0, 'en')).toBe('0');
	});

	it('shows a gap as empty, never as zero', () => {
		expect(formatNumber(null, 'en')).toBe('');
		expect(formatNumber(Number.NaN, 'th')).toBe('');
		expect(formatExact(undefined, 'en')).toBe('');
	});

	it('shows every published digit in exact mode', () => {
		expect(formatExact(0.123456, 'en')).toBe('0.123456');
		expect(formatExact(84.814, 'th')).toBe('84.814');
		expect(formatExact(12000, 'en')).toBe('12,000');
	});
});

describe('messages', () => {
	it('has a Thai string for every English key, in Thai script', () => {
		expect(Object.keys(th).sort()).toEqual(Object.keys(en).sort());
		const untranslated = Object.entries(th).filter(
			([key, value]) => !/[\u0E00-\u0E7F]/.test(value) && !['site.title'].includes(key)
		);
		// Only strings that are codes or symbols in both languages may stay Latin.
		expect(untranslated.map(([k]) => k)).toEqual([]);
	});

	it('fills placeholders and keeps unknown ones visible', () => {
		expect(translate('en', 'group.count', { n: 3 })).toBe('3 indicators');
		expect(translate('th', 'group.count', { n: 3 })).toBe('3 ตัวชี้วัด');
		expect(translate('en', 'group.count')).toBe('{n} indicators');
	});
});
