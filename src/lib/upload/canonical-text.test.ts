import { describe, expect, it } from 'vitest';
import { lineEndingOf } from './canonical-text';

describe('line endings', () => {
	it('names the breaks a text uses, a lone CR among LF or CRLF making it mixed', () => {
		expect(lineEndingOf('a\nb\n')).toBe('lf');
		expect(lineEndingOf('a\r\nb\r\n')).toBe('crlf');
		expect(lineEndingOf('a\rb\r')).toBe('cr');
		expect(lineEndingOf('a,b')).toBe('none');
		expect(lineEndingOf('a\r\nb\nc')).toBe('mixed');
		// A lone CR inside an LF file is cell content, not a line break of its own.
		expect(lineEndingOf('a\rx\nb\n')).toBe('lf');
		expect(lineEndingOf('\r\n\r\n\n')).toBe('mixed');
	});
});
