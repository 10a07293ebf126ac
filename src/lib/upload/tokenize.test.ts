import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { canonicalText, countBreaks } from './canonical-text';
import { decodeBytes } from './decode';
import { sniff } from './sniff';
import { tokenize, type Tokenized } from './tokenize';

/**
 * The tokenizer replaced `Papa.parse` in `parseTable`, so PapaParse with the options
 * `parseTable` used is the reference: same records, same errors on the same records, and the
 * start lines the old code derived from the records' line breaks.
 */
function reference(text: string, delimiter: string, quote: string, firstLine: number): Tokenized {
	const parsed = Papa.parse<string[]>(text, {
		delimiter,
		quoteChar: quote,
		escapeChar: quote,
		newline: '\n',
		header: false,
		skipEmptyLines: false,
		dynamicTyping: false
	});
	const lines: number[] = [];
	let line = firstLine;
	for (const record of parsed.data) {
		lines.push(line);
		line += 1;
		for (const cell of record) line += countBreaks(cell);
	}
	const errors = parsed.errors.map((error) => {
		if (error.code !== 'MissingQuotes' && error.code !== 'InvalidQuotes') {
			throw new Error(`unexpected PapaParse error ${error.code}`);
		}
		return { code: error.code, row: error.row ?? -1 };
	});
	return { records: parsed.data, lines, errors };
}

function same(text: string, delimiter: string, quote: string, firstLine = 1): Tokenized {
	const got = tokenize(text, delimiter, quote, firstLine);
	expect(got).toEqual(reference(text, delimiter, quote, firstLine));
	return got;
}

const DELIMITERS = [',', ';', '\t', '|'];
const QUOTES = ['"', "'"];

/**
 * Pieces that, glued at random, hit every rule: quotes at and away from a field's start, junk or
 * whitespace after a closing quote, doubled quotes, lone `\r`, blank lines, a byte-order mark.
 */
function hazards(d: string, q: string): string[] {
	return [
		d,
		d,
		d,
		q,
		q,
		q + q,
		'\n',
		'\n',
		'\n\n',
		'\r',
		' ',
		'  ',
		'\t',
		'\u00a0',
		'\u3000',
		'\u2028',
		'\uFEFF',
		'a',
		'b',
		'Viet Nam',
		'7',
		'2.5',
		'ก',
		'ประเทศไทย',
		',',
		';',
		'|',
		`${q}x${q}`,
		`${q}${d}${q}`,
		`${q}a\nb${q}`,
		`${q}${q}${q}`,
		`${q} `,
		`${q}x`,
		`x${q}`,
		`${q}${d}`,
		`${q}\n`,
		`${q} \n`,
		`${q}\r\n`
	];
}

const soup = fc.tuple(fc.constantFrom(...DELIMITERS), fc.constantFrom(...QUOTES)).chain(([d, q]) =>
	fc.record({
		delimiter: fc.constant(d),
		quote: fc.constant(q),
		text: fc.array(fc.constantFrom(...hazards(d, q)), { maxLength: 40 }).map((p) => p.join('')),
		firstLine: fc.integer({ min: 1, max: 40 })
	})
);

/** Mostly well-formed tables, so that long runs of records and repeated values are covered too */
function cellArb(d: string, q: string): fc.Arbitrary<string> {
	const word = fc.constantFrom('', 'THA', 'VNM', '2019', '2020', '12.5', 'Lao PDR', 'ไทย', ' x ');
	const inner = fc
		.array(fc.constantFrom('a', ' ', d, q, '\n', 'ก', '1'), { maxLength: 6 })
		.map((p) => p.join(''));
	return fc.oneof(
		{ weight: 8, arbitrary: word },
		{ weight: 3, arbitrary: inner.map((s) => q + s.replaceAll(q, q + q) + q) },
		{ weight: 1, arbitrary: inner.map((s) => `${q}${s.replaceAll(q, q + q)}${q}  `) },
		{ weight: 1, arbitrary: inner.map((s) => `${q}${s}${q}junk`) },
		{ weight: 1, arbitrary: inner.map((s) => `ab${q}${s}`) },
		{ weight: 1, arbitrary: inner.map((s) => q + s) }
	);
}

const tables = fc
	.tuple(fc.constantFrom(...DELIMITERS), fc.constantFrom(...QUOTES))
	.chain(([d, q]) =>
		fc.record({
			delimiter: fc.constant(d),
			quote: fc.constant(q),
			text: fc
				.tuple(
					fc.array(fc.array(cellArb(d, q), { minLength: 1, maxLength: 5 }), { maxLength: 30 }),
					fc.constantFrom('', '\n', '\n\n')
				)
				.map(([rows, end]) => rows.map((cells) => cells.join(d)).join('\n') + end),
			firstLine: fc.integer({ min: 1, max: 40 })
		})
	);

describe('tokenize', () => {
	it('splits records, cells and line breaks as PapaParse does', () => {
		expect(same('', ',', '"')).toEqual({ records: [], lines: [], errors: [] });
		expect(same('a,b\nc,d', ',', '"').records).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
		// A final line break leaves an empty record, as does every blank line.
		expect(same('a,b\n\nc\n', ',', '"', 5)).toEqual({
			records: [['a', 'b'], [''], ['c'], ['']],
			lines: [5, 6, 7, 8],
			errors: []
		});
		expect(same('\uFEFFa;b', ';', '"').records).toEqual([['a', 'b']]);
	});

	it('reads quoted cells with delimiters, line breaks and doubled quotes', () => {
		expect(same('"a,b","say ""hi""\n2nd line",c\nd', ',', '"', 3)).toEqual({
			records: [['a,b', 'say "hi"\n2nd line', 'c'], ['d']],
			lines: [3, 5],
			errors: []
		});
		// Whitespace between the closing quote and the delimiter or line break is dropped.
		expect(same('"a"  ,"b"\t\n"c" \r\nd', ',', '"').records).toEqual([['a', 'b'], ['c'], ['d']]);
		expect(same("'it''s'|x", '|', "'").records).toEqual([["it's", 'x']]);
	});

	it('keeps a quote inside an unquoted cell as text', () => {
		expect(same('ab"c,d\n5" screen,e', ',', '"')).toEqual({
			records: [
				['ab"c', 'd'],
				['5" screen', 'e']
			],
			lines: [1, 2],
			errors: []
		});
	});

	it('reports text after a closing quote on its record and keeps reading', () => {
		expect(same('h\n"ab"c,"d"\ne', ',', '"')).toEqual({
			records: [['h'], ['ab"c,"d'], ['e']],
			lines: [1, 2, 3],
			errors: [
				{ code: 'InvalidQuotes', row: 1 },
				{ code: 'InvalidQuotes', row: 1 }
			]
		});
		// With no later quote to end it, the field runs to the end of the text.
		expect(same('h\n"ab"c,d\ne', ',', '"').errors).toEqual([
			{ code: 'InvalidQuotes', row: 1 },
			{ code: 'MissingQuotes', row: 1 }
		]);
	});

	it('stops at a quote never closed, with the rest of the text in the last cell', () => {
		expect(same('h1,h2\nx,"open\nmore ""q""\n', ',', '"', 2)).toEqual({
			records: [
				['h1', 'h2'],
				['x', 'open\nmore ""q""\n']
			],
			lines: [2, 3],
			errors: [{ code: 'MissingQuotes', row: 1 }]
		});
		same('"ab"c,d', ',', '"');
		same('"a" ', ',', '"');
	});

	it('shares repeated cells without mixing them up', () => {
		const wide = Array.from({ length: 300 }, (_, i) => `c${i % 7}`).join(',');
		same(`${wide}\n${wide}\n${wide.replaceAll('c3', 'c33')}`, ',', '"');
		const rows = Array.from({ length: 500 }, (_, i) =>
			// Same length and end characters, so they meet in one slot of the cache.
			['Thailand', String(1990 + (i % 40)), i % 3 ? 'a-b' : 'a+b', 'a b', (i % 9) / 4].join('\t')
		);
		same(rows.join('\n'), '\t', '"');
	});

	it('agrees with PapaParse on hazard-rich text', () => {
		fc.assert(
			fc.property(soup, ({ text, delimiter, quote, firstLine }) => {
				same(text, delimiter, quote, firstLine);
			}),
			{ numRuns: 4000 }
		);
	});

	it('agrees with PapaParse on tables with broken and well-formed quoting', () => {
		fc.assert(
			fc.property(tables, ({ text, delimiter, quote, firstLine }) => {
				same(text, delimiter, quote, firstLine);
			}),
			{ numRuns: 3000 }
		);
	});

	it('hands the same records over in batches of any size, errors counted within each', () => {
		fc.assert(
			fc.property(
				fc.oneof(soup, tables),
				fc.integer({ min: 1, max: 9 }),
				({ text, delimiter, quote, firstLine }, size) => {
					const whole = tokenize(text, delimiter, quote, firstLine);
					const batches: Tokenized[] = [];
					const last = tokenize(text, delimiter, quote, firstLine, {
						size,
						take: (batch) => batches.push(batch)
					});
					batches.push(last);
					expect(batches.slice(0, -1).every((b) => b.records.length === size)).toBe(true);
					let offset = 0;
					const joined: Tokenized = { records: [], lines: [], errors: [] };
					for (const batch of batches) {
						joined.records.push(...batch.records);
						joined.lines.push(...batch.lines);
						joined.errors.push(...batch.errors.map((e) => ({ ...e, row: e.row + offset })));
						offset += batch.records.length;
					}
					expect(joined).toEqual(whole);
				}
			),
			{ numRuns: 3000 }
		);
	});
});

const fixtures = path.resolve(process.cwd(), '../shared/fixtures/upload');

describe.skipIf(!existsSync(fixtures))('tokenize on the upload fixtures', () => {
	it('agrees with PapaParse on the body of every file that decodes', () => {
		let checked = 0;
		const dirs = readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory());
		for (const { name: dir } of dirs) {
			for (const name of readdirSync(path.join(fixtures, dir))) {
				if (!name.endsWith('.csv')) continue;
				const decoded = decodeBytes(new Uint8Array(readFileSync(path.join(fixtures, dir, name))));
				if (!decoded.ok) continue;
				const layout = sniff(decoded.text);
				const text = canonicalText(decoded.text);
				const body = text.slice(layout.headerOffset, layout.footerOffset ?? text.length);
				same(body, layout.delimiter, layout.quote, layout.headerLine);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(10);
	});
});
