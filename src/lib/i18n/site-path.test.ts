import { describe, expect, it } from 'vitest';
import { sitePath } from './site-path';

describe('sitePath', () => {
	it('drops the language and fills the params', () => {
		expect(sitePath('/[[lang=lang]]/indicator/[id]', { lang: 'th', id: 'stunting' })).toBe(
			'/indicator/stunting/'
		);
		expect(sitePath('/[[lang=lang]]/indicator/[id]', { id: 'stunting' })).toBe(
			'/indicator/stunting/'
		);
	});
	it('gives the home page for the root and for no route', () => {
		expect(sitePath('/[[lang=lang]]', { lang: 'th' })).toBe('/');
		expect(sitePath(null, {})).toBe('/');
	});
	it('keeps static segments, skips groups and fills rest params', () => {
		expect(sitePath('/(app)/[[lang=lang]]/gaps/[group]', { group: 'women' })).toBe('/gaps/women/');
		expect(sitePath('/docs/[...rest]', { rest: 'a/b' })).toBe('/docs/a/b/');
	});
});
