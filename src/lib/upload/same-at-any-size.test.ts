import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportResult } from './import';
import type { Notice } from './notice';

/**
 * One path, one set of rules: a file gives the same rows, notices and line numbers whether it is
 * a few kilobytes or padded past 16 MB (the size at which the importer used to switch to a
 * second parser). The padding is copies of the file's own body under other indicator names,
 * inserted before its footer, so everything the padded file says about the original lines must
 * be what the small file says.
 */
const PAD_PAST = 16 * 1024 * 1024 + 1;
/** The sniffing sample is the first 200 records: the body alone fills it in both files. */
const BODY_RECORDS = 210;

const COUNTRIES = [
	'Thailand',
	'Viet Nam',
	'Lao PDR',
	'Laos',
	'Myanmar',
	'Burma',
	'Kampuchea',
	'',
	'ประเทศไทย',
	'Brunei Darussalam',
	'Atlantis',
	'<b>x</b>',
	'Philippines (the)'
];
const CODES = ['THA', 'VNM', 'LAO', 'MMR', '', 'XXX', 'TLS'];
const YEARS = ['2000', '2001', '2019', '2562', 'พ.ศ. 2561', '1850', 'abc', '', '2022', '2150'];
const VALUES = [
	'1 234.5',
	'1.5E3',
	'12 %',
	'1.',
	'.5',
	'2.5',
	'-4.8',
	'..',
	'n/a',
	'',
	'=10*2',
	'1,234',
	'0',
	'NaN',
	'7',
	'2,5',
	'101',
	'-3'
];
const INDICATORS = ['Poverty rate', 'GDP', '', 'Unemployment (%)'];

interface Spec {
	delimiter: ',' | ';';
	newline: '\n' | '\r\n';
	preamble: boolean;
	footer: boolean;
	wide: boolean;
	rows: { country: string; code: string; indicator: string; year: string; values: string[] }[];
}

const pick = (list: readonly string[]) => fc.constantFrom(...list);
const spec: fc.Arbitrary<Spec> = fc.record({
	delimiter: fc.constantFrom<',' | ';'>(',', ';'),
	newline: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
	preamble: fc.boolean(),
	footer: fc.boolean(),
	wide: fc.boolean(),
	rows: fc.array(
		fc.record({
			country: pick(COUNTRIES),
			code: pick(CODES),
			indicator: pick(INDICATORS),
			year: pick(YEARS),
			values: fc.array(pick(VALUES), { minLength: 3, maxLength: 3 })
		}),
		{ minLength: 1, maxLength: 12 }
	)
});

function cell(text: string, delimiter: string): string {
	return text.includes(delimiter) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
}

function build(s: Spec, padBytes = 0): { text: string; padStart: number; padLines: number } {
	const d = s.delimiter;
	const line = (cells: string[]) => cells.map((c) => cell(c, d)).join(d);
	const lines: string[] = [];
	if (s.preamble) lines.push(line(['Data Source', 'Made up']), '');
	lines.push(
		line(
			s.wide
				? ['Country', 'Code', 'Indicator', '2000', '2001', '2002']
				: ['Country', 'Code', 'Indicator', 'Year', 'Value']
		)
	);
	const row = (r: Spec['rows'][number], indicator: string) =>
		line(
			s.wide
				? [r.country, r.code, indicator, ...r.values]
				: [r.country, r.code, indicator, r.year, r.values[0]]
		);
	const body: Spec['rows'] = [];
	while (body.length < BODY_RECORDS) body.push(...s.rows);
	for (const r of body) lines.push(row(r, r.indicator));
	const padStart = lines.length + 1;
	let size = lines.join(s.newline).length;
	for (let copy = 1; size < padBytes; copy++) {
		for (const r of body) {
			const padded = row(r, r.indicator.trim() ? `PAD${copy} ${r.indicator}` : r.indicator);
			lines.push(padded);
			size += padded.length + s.newline.length;
		}
	}
	const padLines = lines.length + 1 - padStart;
	if (s.footer) lines.push(line(['', '', '']), line(['Data from database: Made up', '', '']));
	return { text: lines.join(s.newline) + s.newline, padStart, padLines };
}

const run = (text: string) => importFile(new TextEncoder().encode(text), 'generated.csv');

/** What a result says about the lines before `padStart`, with later lines moved back. */
function view(result: ImportResult, padStart = Infinity, padLines = 0) {
	const back = (line: number) => (line >= padStart + padLines ? line - padLines : line);
	const early = (line: number | undefined) => line === undefined || line < padStart;
	const notices = result.notices
		.filter((n) => n.line !== undefined && (n.line < padStart || n.line >= padStart + padLines))
		.map((n: Notice) => ({ level: n.level, code: n.code, line: back(n.line!), column: n.column }));
	const report = result.report;
	return {
		ok: result.ok,
		shape: result.shape,
		mapping: result.mapping,
		columns: result.columns,
		layout: result.layout && {
			delimiter: result.layout.delimiter,
			decimal: result.layout.decimal,
			headerLine: result.layout.headerLine,
			footer: result.layout.footerStartLine && back(result.layout.footerStartLine)
		},
		codes: [...new Set(result.notices.map((n) => `${n.level}:${n.code}`))].sort(),
		notices,
		rows: result.rows.filter((r) => !r.indicator.startsWith('PAD')),
		skipped: report?.skipped.filter((e) => early(e.line)),
		nonNumeric: report?.nonNumeric.filter((e) => early(e.line)),
		unmatched: report?.unmatchedCountries.map((u) => ({
			label: u.label,
			kind: u.kind,
			lines: u.lines.filter(early)
		})),
		era: report && {
			majority: report.era.majority,
			mixed: report.era.mixed,
			minority: report.era.minorityYears,
			examples: report.era.examples.filter((e) => early(e.line))
		},
		markers: report && Object.keys(report.missingMarkers).sort()
	};
}

describe('the same rules at any size', () => {
	it('a generated file gives the same results as is and padded past 16 MB', () => {
		fc.assert(
			fc.property(spec, (s) => {
				const small = build(s);
				const big = build(s, PAD_PAST);
				expect(big.text.length).toBeGreaterThan(PAD_PAST);
				const a = view(run(small.text));
				const b = view(run(big.text), big.padStart, big.padLines);
				expect(b).toEqual(a);
			}),
			{ numRuns: 4, seed: 20261201 }
		);
	}, 240_000);
});
