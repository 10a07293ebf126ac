import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isFormulaLike, missingMarker, parseCell, parseNumber } from './values';

describe('parseCell', () => {
	it('turns every missing marker into missing, never 0', () => {
		for (const raw of [
			'..',
			'NA',
			'N/A',
			'n/a',
			'-',
			'—',
			'–',
			'…',
			'...',
			'?',
			'x',
			'NaN',
			'null',
			'NULL',
			'#N/A',
			'#DIV/0!',
			'',
			' ',
			'\u00a0'
		]) {
			expect(parseCell(raw).kind, JSON.stringify(raw)).toBe('missing');
		}
		expect(parseCell(' .. ')).toEqual({ kind: 'missing', marker: '..' });
	});

	it('keeps real zeros', () => {
		expect(parseCell('0')).toEqual({ kind: 'number', value: 0, percent: false });
		expect(parseCell('0.0')).toEqual({ kind: 'number', value: 0, percent: false });
		expect(parseCell('0,0', ',')).toEqual({ kind: 'number', value: 0, percent: false });
		expect(Object.is(parseNumber('-0'), 0)).toBe(true);
	});

	it('reads decimal points, decimal commas and thousands separators', () => {
		expect(parseNumber('1,234.5')).toBe(1234.5);
		expect(parseNumber('1,234,567')).toBe(1234567);
		expect(parseNumber('1 234,5', ',')).toBe(1234.5);
		expect(parseNumber('1.234,5', ',')).toBe(1234.5);
		expect(parseNumber('1\u00a0234,5', ',')).toBe(1234.5);
		expect(parseNumber('1\u2009234.5')).toBe(1234.5);
		expect(parseNumber('77,7', ',')).toBe(77.7);
		expect(parseNumber('77,7', '.')).toBeNull();
		expect(parseNumber('1,23')).toBeNull();
		expect(parseNumber('+12.5')).toBe(12.5);
		expect(parseNumber('-3')).toBe(-3);
		expect(parseNumber('.5')).toBe(0.5);
		expect(parseNumber('1.2E-05')).toBe(0.000012);
		expect(parseNumber('138300509.271205')).toBe(138300509.271205);
	});

	it('reads a percent sign as a unit hint', () => {
		expect(parseCell('12.5%')).toEqual({ kind: 'number', value: 12.5, percent: true });
		expect(parseCell('12,5 %', ',')).toEqual({ kind: 'number', value: 12.5, percent: true });
	});

	it('keeps formulas and other text as text', () => {
		expect(parseCell('=10*2')).toEqual({ kind: 'text', text: '=10*2', formula: true });
		expect(parseCell("+cmd|' /C calc'!A0")).toMatchObject({ kind: 'text', formula: true });
		expect(parseCell('-2+3+cmd')).toMatchObject({ kind: 'text', formula: true });
		expect(parseCell('@SUM(1+9)')).toMatchObject({ kind: 'text', formula: true });
		expect(parseCell('12.5 e')).toMatchObject({ kind: 'text', formula: false });
		expect(parseCell('Infinity')).toMatchObject({ kind: 'text' });
		expect(isFormulaLike('\t=cmd')).toBe(true);
		expect(missingMarker('5')).toBeNull();
	});

	it('reads back any finite number written with either decimal mark and grouping', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -1e9, max: 1e9 }),
				fc.integer({ min: 0, max: 6 }),
				fc.constantFrom('.', ','),
				fc.constantFrom('', ' ', '\u00a0', 'sep'),
				(integer, decimals, mark, grouping) => {
					const value = integer / 10 ** decimals;
					const [int, frac] = Math.abs(value).toFixed(decimals).split('.');
					const separator = grouping === 'sep' ? (mark === '.' ? ',' : '.') : grouping;
					const grouped = separator ? int.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : int;
					const text = `${value < 0 ? '-' : ''}${grouped}${frac ? mark + frac : ''}`;
					expect(parseNumber(text, mark as '.' | ',')).toBeCloseTo(value, 9);
				}
			)
		);
	});
});
