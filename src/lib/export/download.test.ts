import { describe, expect, it } from 'vitest';
import { slugify } from './download';

describe('slugify', () => {
	it('turns a title into lower-case words joined by hyphens', () => {
		expect(slugify('Account ownership, 2011–2021 (% of adults)')).toBe(
			'account-ownership-2011-2021-of-adults'
		);
	});

	it('keeps Thai letters with their vowel and tone marks', () => {
		expect(slugify('การจดทะเบียนการเกิด, พ.ศ. 2564')).toBe('การจดทะเบียนการเกิด-พ-ศ-2564');
	});

	it('removes characters file systems reject and markup', () => {
		expect(slugify('<script>alert(1)</script> a/b\\c:d*e?f"g|h')).toBe(
			'script-alert-1-script-a-b-c-d-e-f-g-h'
		);
	});

	it('falls back to the indicator id when the title leaves nothing', () => {
		expect(slugify('—/…', 'birth-registration')).toBe('birth-registration');
		expect(slugify('', '')).toBe('chart');
	});

	it('stays short, cutting between words', () => {
		const slug = slugify('word '.repeat(40));
		expect([...slug].length).toBeLessThanOrEqual(80);
		expect(slug.endsWith('word')).toBe(true);
		const thai = slugify('ก่'.repeat(100));
		expect(thai.endsWith('ก่')).toBe(true);
	});
});
