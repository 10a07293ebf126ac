import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml, stripNonXml } from './svg';

const chartMarkup =
	'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" class="chart" role="img">' +
	'<line x1="0" y1="0" x2="10" y2="10" stroke="rgb(0, 0, 0)" stroke-width="1px"/></svg>';

const texts = {
	title: 'Account ownership, 2011–2021',
	subtitle: '% of adults aged 15 and over',
	source: 'Source: World Bank, Global Findex. Licence: CC BY 4.0.'
};

/** Tags open and close in order, no raw `<` or `&` in text: enough to catch broken escaping. */
function wellFormed(xml: string): boolean {
	const stack: string[] = [];
	const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
	let match: RegExpExecArray | null;
	let consumed = 0;
	while ((match = token.exec(xml))) {
		consumed = token.lastIndex;
		const [, closing, name, attributes, selfClosing, text] = match;
		const raw = text ?? attributes ?? '';
		if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/iu.test(raw)) return false;
		if (text !== undefined) continue;
		if (closing) {
			if (stack.pop() !== name) return false;
		} else if (!selfClosing) stack.push(name);
	}
	return consumed === xml.length && stack.length === 0;
}

it('the well-formedness check rejects broken markup', () => {
	expect(wellFormed('<a><b/>x &amp; y</a>')).toBe(true);
	expect(wellFormed('<a><b></a>')).toBe(false);
	expect(wellFormed('<a>x & y</a>')).toBe(false);
	expect(wellFormed('<a><script>x</a>')).toBe(false);
});

describe('escapeXml', () => {
	it('escapes markup characters and removes what XML cannot hold', () => {
		expect(escapeXml(`<script>alert("x") & 'y'</script>`)).toBe(
			'&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;'
		);
		expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f')).toBe('abcdef');
		expect(stripNonXml('tab\tand\nnewline\r and 😀 and ไทย')).toBe(
			'tab\tand\nnewline\r and 😀 and ไทย'
		);
	});
});

describe('composeSvg', () => {
	it('stands alone: namespace, white background, title above, source below the chart', () => {
		const { markup, width, height } = composeSvg({
			...texts,
			chartMarkup,
			chartWidth: 600,
			chartHeight: 300
		});
		expect(wellFormed(markup)).toBe(true);
		expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(markup).toContain(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
		expect(width).toBe(632);
		const y = (kind: string) =>
			Number(new RegExp(`y="([\\d.]+)"[^>]*class="export-${kind}"`).exec(markup)![1]);
		const chartY = Number(/<svg xmlns[^>]*class="chart"[^>]*\sy="([\d.]+)"/.exec(markup)![1]);
		expect(y('title')).toBeLessThan(y('subtitle'));
		expect(y('subtitle')).toBeLessThan(chartY);
		expect(y('source')).toBeGreaterThan(chartY + 300);
		expect(y('source')).toBeLessThan(height);
		expect(markup).toMatch(/font-weight="700"[^>]*class="export-title">Account ownership/);
	});

	it('escapes uploaded text so the file stays valid XML', () => {
		const { markup } = composeSvg({
			title: '<script>alert(1)</script> & "Ünïcode" ไทย',
			subtitle: "O'Brien <b>",
			source: 'x\u0000y',
			chartMarkup,
			chartWidth: 600,
			chartHeight: 300
		});
		expect(wellFormed(markup)).toBe(true);
		expect(markup).not.toContain('<script>');
		expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ünïcode&quot; ไทย');
		expect(markup).toContain('>xy</text>');
	});

	it('wraps a long source line to the chart width', () => {
		const { markup } = composeSvg({
			...texts,
			source: 'Source: '.concat('World Bank, Global Findex database '.repeat(8)),
			chartMarkup,
			chartWidth: 320,
			chartHeight: 200
		});
		expect(markup.match(/class="export-source"/g)!.length).toBeGreaterThan(2);
	});

	it('ends with the credit line: site, link and access date, below the source', () => {
		const credit =
			'ASEAN Social Welfare Dashboard · https://example.org/x · accessed 1 December 2026';
		const { markup, height } = composeSvg({
			...texts,
			credit,
			chartMarkup,
			chartWidth: 900,
			chartHeight: 300
		});
		const y = (kind: string) =>
			Number(new RegExp(`y="([\\d.]+)"[^>]*class="export-${kind}"`).exec(markup)![1]);
		expect(markup).toContain(`class="export-credit">${escapeXml(credit)}</text>`);
		expect(y('credit')).toBeGreaterThan(y('source'));
		expect(y('credit')).toBeLessThan(height);
	});

	it('places the chart below the header, keeping its own attributes', () => {
		const { markup } = composeSvg({ ...texts, chartMarkup, chartWidth: 600, chartHeight: 300 });
		expect(markup).toMatch(
			/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart" role="img" x="16" y="[\d.]+" width="600" height="300" viewBox="0 0 600 300" overflow="visible">/
		);
		expect(markup).toContain('stroke-width="1px"');
	});
});
