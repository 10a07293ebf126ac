import { describe, expect, it } from 'vitest';
import { explain } from './idb';

describe('storage failures in plain words', () => {
	it('tells a value over the size limit from storage that is off, and a full quota from both', () => {
		const tooLarge = new DOMException(
			'The serialized keys and/or value are too large (size=200000060 bytes, max=133169152 bytes).',
			'UnknownError'
		);
		expect(explain(tooLarge).kind).toBe('failed');
		expect(explain(tooLarge).message).toContain('too large');
		expect(explain(new DOMException('Internal error.', 'UnknownError')).kind).toBe('unavailable');
		expect(explain(new DOMException('Quota exceeded', 'QuotaExceededError')).kind).toBe('quota');
	});
});
