import { describe, expect, it } from 'vitest';
import { composeTableSvg } from './table-image';

describe('composeTableSvg', () => {
	const image = composeTableSvg({
		title: 'ประเทศไทย: ข้อมูลประเทศ',
		sections: [
			{
				heading: 'Older persons',
				header: ['Indicator', 'Latest value', 'Year'],
				numeric: [false, true, true],
				rows: [
					['Pension coverage', '83.6', '2563'],
					['Life expectancy at 60 & <over>', '', '']
				]
			}
		],
		source: 'Sources: the Sources page',
		credit: 'ASEAN Social Welfare Dashboard'
	});

	it('keeps every cell text as displayed, escaped, numbers right-aligned', () => {
		expect(image.markup).toContain('>83.6</text>');
		expect(image.markup).toContain('>2563</text>');
		expect(image.markup).toContain('Life expectancy at 60 &amp; &lt;over&gt;');
		expect(image.markup).toMatch(/text-anchor="end"[^>]*>83\.6</);
		expect(image.markup).toContain('>Sources: the Sources page</text>');
	});

	it('sizes the image to its rows', () => {
		expect(image.markup).toMatch(
			new RegExp(`^<svg[^>]* width="${image.width}" height="${image.height}"`)
		);
		const baselines = [...image.markup.matchAll(/ y="([\d.]+)" font-size/g)].map((m) =>
			Number(m[1])
		);
		expect(Math.max(...baselines)).toBeLessThan(image.height);
	});
});
