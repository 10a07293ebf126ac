import { describe, expect, it } from 'vitest';
import type { Observation } from '../observation';
import { observationsToCsv } from './csv';
import { toJson } from './json';

const row = (value: string, flag = ''): Observation => ({
	indicatorId: 'x',
	iso3: 'THA',
	year: 2020,
	sex: 'total',
	value,
	flag,
	file: 'f.csv',
	line: 2
});

describe('observationsToCsv', () => {
	it('writes the fixed header and the value text untouched', () => {
		expect(observationsToCsv([row('12.50'), row('3', 'estimate')])).toBe(
			'indicator_id,iso3,year,sex,value,flag\nx,THA,2020,total,12.50,\nx,THA,2020,total,3,estimate\n'
		);
	});
});

describe('toJson', () => {
	it('indents with tabs and ends with a newline', () => {
		expect(toJson({ a: [1] })).toBe('{\n\t"a": [\n\t\t1\n\t]\n}\n');
	});
});
