import { describe, expect, it } from 'vitest';
import {
	displayYear,
	formatAccessDate,
	formatExact,
	formatNumber,
	formatValue,
	formatYear,
	formatYearLabel,
	tickFormat
} from './format';
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
		expect(formatYearLabel(2022, 'ce', 'th')).toBe('ค.ศ. 2022');
		expect(formatYearLabel(2022, 'ce', 'en')).toBe('2022');
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
		// A template made only of placeholders and punctuation ('{name} {from}–{to}') has no words to translate.
		const words = (value: string) =>
			value.replace(/\{\w+\}/g, '').replace(/[\s\p{P}\p{S}\d]/gu, '');
		const untranslated = Object.entries(th).filter(
			([key, value]) =>
				words(value) !== '' && !/[\u0E00-\u0E7F]/.test(value) && !['site.title'].includes(key)
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

describe('access date', () => {
	it('names the day in the reader’s language and era, converting the year once', () => {
		const day = new Date(Date.UTC(2026, 11, 1));
		expect(formatAccessDate(day, 'en', 'ce')).toBe('1 December 2026');
		expect(formatAccessDate(day, 'th', 'be')).toContain('2569');
		expect(formatAccessDate(day, 'th', 'be')).not.toContain('3112');
		expect(formatAccessDate(day, 'th', 'ce')).toContain('2026');
		expect(formatAccessDate(day, 'en', 'be')).toBe('1 December B.E. 2569');
	});
});

describe('display precision', () => {
	it('rounds to the indicator precision with fixed digits, per locale', () => {
		expect(formatValue(217.983153, 'en', 0)).toBe('218');
		expect(formatValue(28.60043381, 'th', 1)).toBe('28.6');
		expect(formatValue(30, 'en', 1)).toBe('30.0');
		expect(formatValue(0.7056, 'en', 3)).toBe('0.706');
		expect(formatValue(1234567.891, 'th', 0)).toBe('1,234,568');
		expect(formatValue(-0.04, 'en', 1)).toBe('0.0');
		expect(formatValue(-1.25, 'en', 1)).toBe('-1.3');
	});

	it('leaves a gap empty, never zero', () => {
		expect(formatValue(null, 'en', 1)).toBe('');
		expect(formatValue(Number.NaN, 'th', 1)).toBe('');
	});

	it('never shows more digits than the display precision', () => {
		const values = [217.983153, 28.60043381, 0.1, 99.99, 12.3456789];
		for (const decimals of [0, 1, 2, 3]) {
			for (const v of values) {
				const fraction = formatValue(v, 'en', decimals).split('.')[1] ?? '';
				expect(fraction.length).toBe(decimals);
			}
		}
	});

	it('gives ticks only the digits they need and drops ticks finer than the precision', () => {
		const a = tickFormat([0, 20, 40, 60], 'en', 1);
		expect(a.ticks.map(a.format)).toEqual(['0', '20', '40', '60']);
		const b = tickFormat([0.5, 0.6, 0.7], 'en', 3);
		expect(b.ticks.map(b.format)).toEqual(['0.5', '0.6', '0.7']);
		const c = tickFormat([97, 97.5, 98, 98.5, 99], 'th', 0);
		expect(c.ticks.map(c.format)).toEqual(['97', '98', '99']);
		const d = tickFormat([0, 2500, 5000], 'en', 0);
		expect(d.ticks.map(d.format)).toEqual(['0', '2,500', '5,000']);
		const e = tickFormat([1, 1.5, 2], 'en', 1);
		expect(e.ticks.map(e.format)).toEqual(['1.0', '1.5', '2.0']);
	});
});
