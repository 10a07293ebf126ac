import { describe, expect, it } from 'vitest';
import { normaliseSvg } from './snapshot';

describe('normaliseSvg', () => {
	it('rounds numbers, makes ids stable and puts one element on a line', () => {
		const html =
			'<!--[--><svg class="a svelte-1x2y"><pattern id="s7-nodata"></pattern><rect x="1.23456" fill="url(#s7-nodata)"/></svg><!--]-->';
		expect(normaliseSvg(html)).toBe(
			'<svg class="a svelte">\n<pattern id="id-1">\n</pattern>\n<rect x="1.2" fill="url(#id-1)"/>\n</svg>\n'
		);
	});

	it('summarises long outlines by their number of commands', () => {
		const d = Array.from({ length: 40 }, (_, i) => `L${i}.5,${i}.25`).join('');
		expect(normaliseSvg(`<path d="M0,0${d}Z"/>`)).toBe('<path d="[42 commands]"/>\n');
	});
});
