import { describe, expect, it } from 'vitest';
import { parseSex } from './sex';

describe('parseSex', () => {
	it('reads codes and words in English and Thai', () => {
		for (const raw of ['F', 'f', 'Female', 'women', 'SEX_F', 'หญิง'])
			expect(parseSex(raw), raw).toBe('female');
		for (const raw of ['M', 'Male', 'men', 'SEX_M', 'ชาย']) expect(parseSex(raw), raw).toBe('male');
		for (const raw of ['_T', 'T', 'Total', 'Both sexes', 'รวม', ' total '])
			expect(parseSex(raw), raw).toBe('total');
	});

	it('does not guess', () => {
		for (const raw of ['', 'X', 'unknown', 'Femal', '1']) expect(parseSex(raw), raw).toBeNull();
	});
});
