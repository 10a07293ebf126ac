import { describe, expect, it } from 'vitest';
import { iframeCode } from './embed-code';

describe('iframeCode', () => {
	it('frames the address with its title, 16:9 and lazy', () => {
		expect(iframeCode('https://example.org/embed/?v=1', 'Life expectancy')).toBe(
			'<iframe src="https://example.org/embed/?v=1" title="Life expectancy" style="width:100%;aspect-ratio:16/9;border:0" loading="lazy"></iframe>'
		);
	});

	it('keeps a title or address from closing the attribute or opening a tag', () => {
		const code = iframeCode('https://example.org/?a=1&b="x"', 'A "quoted" <b>title</b> & more');
		expect(code).toContain('src="https://example.org/?a=1&amp;b=&quot;x&quot;"');
		expect(code).toContain('title="A &quot;quoted&quot; &lt;b>title&lt;/b> &amp; more"');
		expect(code.match(/"/g)).toHaveLength(8);
	});
});
