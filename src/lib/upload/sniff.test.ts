import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DELIMITERS, sniff } from './sniff';

describe('sniff', () => {
	it('finds the delimiter and the decimal comma', () => {
		const layout = sniff(
			'Country;Code;Year;Value\r\nThailand;THA;2019;77,7\r\nViet Nam;VNM;2020;75,4\r\n'
		);
		expect(layout).toMatchObject({
			delimiter: ';',
			decimal: ',',
			headerLine: 1,
			dataStartLine: 2,
			lineEnding: 'crlf'
		});
		expect(layout.notices.map((n) => n.code)).toEqual(['delimiter-detected', 'decimal-comma']);
		expect(sniff('a\tb\tc\n1\t2,5\t3\n')).toMatchObject({ delimiter: '\t', decimal: ',' });
		expect(sniff('a|b\n1.5|2\n')).toMatchObject({ delimiter: '|', decimal: '.' });
		expect(sniff('a,b\n"1,5",2\n')).toMatchObject({ delimiter: ',', decimal: '.' });
	});

	it("honours and skips Excel's sep= line", () => {
		const layout = sniff(
			'\uFEFFsep=;\r\nCountry;ISO3;Year;Value\r\nSingapore;SGP;2020;0,0\r\n\r\n\r\n'
		);
		expect(layout).toMatchObject({
			delimiter: ';',
			decimal: ',',
			sepHint: true,
			headerLine: 2,
			dataStartLine: 3,
			footerStartLine: null
		});
		expect(layout.notices[0]).toMatchObject({ code: 'sep-hint', line: 1 });
	});

	it('skips a World Bank preamble', () => {
		const text =
			'"Data Source","World Development Indicators",\n\n"Last Updated Date","2020-07-01",\n\n"Country Name","Country Code","1960","1961",\n"Thailand","THA","1.5","",\n';
		const layout = sniff(text);
		expect(layout).toMatchObject({ headerLine: 5, dataStartLine: 6 });
		expect(text.slice(layout.headerOffset).startsWith('"Country Name"')).toBe(true);
		expect(layout.notices[0]).toMatchObject({
			code: 'preamble-skipped',
			params: { from: 1, to: 4 }
		});
	});

	it('does not take a short header for a preamble', () => {
		expect(sniff('country,value\nThailand,5,\nViet Nam,6,\n').headerLine).toBe(1);
		expect(sniff('Title of the table\ncountry,year,value\nThailand,2019,5\n').headerLine).toBe(2);
	});

	it('finds DataBank footer notes after empty rows, but not a short last data row', () => {
		const text =
			'Country Name,Code,2019 [YR2019]\nThailand,THA,5\n,,\n,,\nData from database: WDI,,\nLast Updated: 11/12/2015,,\n';
		const layout = sniff(text);
		expect(layout).toMatchObject({ footerStartLine: 3 });
		expect(text.slice(layout.footerOffset ?? 0).startsWith(',,\n')).toBe(true);
		expect(layout.notices.at(-1)).toMatchObject({
			code: 'footer-skipped',
			params: { from: 3, to: 6 }
		});
		expect(
			sniff('country,iso3,year,value\nCambodia,KHM,2019,17.8\nMyanmar\n').footerStartLine
		).toBeNull();
		expect(sniff('a,b\n1,2\n\n\n').footerStartLine).toBeNull();
	});

	it('counts lines inside quoted cells', () => {
		expect(sniff('"note\nsecond line",x\n"a",b\n1,2\n')).toMatchObject({
			headerLine: 1,
			dataStartLine: 3
		});
	});

	it('reports a single-column text as having no delimiter', () => {
		expect(sniff('just\nsome\nwords\n').notices[0]).toMatchObject({
			level: 'error',
			code: 'delimiter-not-found'
		});
	});

	it('finds the delimiter of any generated table', () => {
		const cell = fc.oneof(
			fc.stringMatching(/^[A-Za-z][A-Za-z .-]{0,10}$/),
			fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => n.toFixed(2)),
			fc.integer({ min: 1960, max: 2023 }).map(String),
			fc.constant('')
		);
		const table = fc
			.tuple(fc.constantFrom(...DELIMITERS), fc.integer({ min: 2, max: 8 }), fc.boolean())
			.chain(([delimiter, width, crlf]) =>
				fc.record({
					delimiter: fc.constant(delimiter),
					crlf: fc.constant(crlf),
					header: fc.constant(Array.from({ length: width }, (_, i) => `column ${i + 1}`)),
					rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
						minLength: 1,
						maxLength: 15
					})
				})
			);
		fc.assert(
			fc.property(table, ({ delimiter, crlf, header, rows }) => {
				const quoteIfNeeded = (c: string) =>
					c.includes(',') || c.includes(delimiter) ? `"${c}"` : c;
				const text = [header, ...rows]
					.map((r) => r.map(quoteIfNeeded).join(delimiter))
					.join(crlf ? '\r\n' : '\n');
				const layout = sniff(text);
				expect(layout.delimiter).toBe(delimiter);
				expect(layout.headerLine).toBe(1);
			}),
			{ numRuns: 300 }
		);
	});
});
