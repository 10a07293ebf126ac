import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from './import';

const enc = (text: string) => new TextEncoder().encode(text);
const WB = path.resolve(
	process.cwd(),
	'../shared/fixtures/upload/real/worldbank_country_bulk_API_THA_DS2_en_csv_v2_1219022.csv'
);

describe('files the mapping rescues', () => {
	it.skipIf(!existsSync(WB))(
		'a World Bank bulk file re-saved with ";" and padded preamble lines finds its header',
		() => {
			const original = new TextDecoder().decode(readFileSync(WB));
			const lines = original.split('\r\n');
			const width = lines[4].split('","').length;
			// What a spreadsheet in a ";" locale writes: no quotes, every line padded to the width.
			const resaved = lines
				.map((l) => l.replace(/^\uFEFF/, '').replace(/^"|",?$|,$/g, ''))
				.map((l) => l.split(/","|",|,"/))
				.map((cells) => [...cells, ...Array(Math.max(0, width - cells.length)).fill('')].join(';'))
				.join('\r\n');
			const result = importFile(enc(resaved), 'API_THA.csv');
			expect(result.layout?.headerLine).toBe(5);
			expect(result.ok).toBe(true);
			expect(new Set(result.rows.map((r) => r.iso3))).toEqual(new Set(['THA']));
		}
	);

	it('a national file without a country column: refused, then imported as one country', () => {
		const text = 'Year,Poverty rate (%)\n2015,7.2\n2016,8.6\n2017,7.9\n';
		const refused = importFile(enc(text), 'national.csv');
		expect(refused.ok).toBe(false);
		expect(refused.notices.map((n) => n.code)).toContain('no-country-column');
		// The form starts from what was found: the year and value columns.
		expect(refused.draft).toMatchObject({ year: 0, value: 1 });
		const fixed = importFile(enc(text), 'national.csv', {
			mapping: { ...refused.draft, countryFixed: 'THA' }
		});
		expect(fixed.ok).toBe(true);
		expect(fixed.rows.map((r) => [r.iso3, r.year, r.value])).toEqual([
			['THA', 2015, 7.2],
			['THA', 2016, 8.6],
			['THA', 2017, 7.9]
		]);
	});

	it('"the whole file is one year", and a typed indicator name is used for every value', () => {
		const text = 'Country,Value\nThailand,1.5\nViet Nam,2.5\n';
		const result = importFile(enc(text), 'x.csv', {
			mapping: { country: 0, value: 1, yearFixed: 2020, indicatorName: 'Coverage' }
		});
		expect(result.ok).toBe(true);
		expect(result.rows.map((r) => [r.indicator, r.iso3, r.year, r.value])).toEqual([
			['Coverage', 'THA', 2020, 1.5],
			['Coverage', 'VNM', 2020, 2.5]
		]);
	});

	it('a hand-made mapping without an indicator column still names the indicator', () => {
		const text = 'Country,Year,Value\nThailand,2019,1\n';
		const result = importFile(enc(text), 'rates.csv', {
			mapping: { country: 0, year: 1, value: 2 }
		});
		expect(result.ok).toBe(true);
		expect(result.rows[0].indicator).toBe('rates');
	});

	it('indicator-year headers (IND001 2000) are read as wide, one indicator per prefix', () => {
		const text = 'Country,IND001 2000,IND001 2001,IND002 2000\nThailand,1,2,3\nMyanmar,4,,6\n';
		const result = importFile(enc(text), 'paired.csv');
		expect(result.ok).toBe(true);
		expect(
			result.rows.map((r) => `${r.indicatorCode} ${r.iso3} ${r.year} ${r.value}`).sort()
		).toEqual([
			'IND001 MMR 2000 4',
			'IND001 THA 2000 1',
			'IND001 THA 2001 2',
			'IND002 MMR 2000 6',
			'IND002 THA 2000 3'
		]);
	});

	it('thousands of columns: imported, and every message stays short', () => {
		const headers = Array.from({ length: 5000 }, (_, k) => `I${k} ${2000 + (k % 10)}`);
		const text = `Country,Note,${headers.join(',')}\nThailand,x,${headers.map((_, k) => k).join(',')}\n`;
		const result = importFile(enc(text), 'wide.csv');
		expect(result.ok).toBe(true);
		expect(result.rows).toHaveLength(5000);
		for (const n of result.notices) expect(n.message.length).toBeLessThan(400);
		const many = Array.from({ length: 5000 }, (_, k) => `U${k}`);
		const unused = importFile(
			enc(`Country,Year,Value,${many.join(',')}\nThailand,2000,1,${many.join(',')}\n`),
			'u.csv'
		);
		const notice = unused.notices.find((n) => n.code === 'unused-columns');
		expect(notice?.message).toBe('Not imported: columns 5,000 columns: "U0" … "U4999".');
	});

	it('years outside 1900–2100 are refused; percentages outside 0–100 are kept and flagged', () => {
		const text =
			'Country,Year,Share (%)\nThailand,1850,5\nThailand,2000,120\nThailand,2001,-3\nThailand,2002,50\n';
		const result = importFile(enc(text), 'share.csv');
		expect(result.rows.map((r) => [r.year, r.value])).toEqual([
			[2000, 120],
			[2001, -3],
			[2002, 50]
		]);
		expect(result.report?.skipped.map((s) => [s.line, s.reason])).toEqual([[2, 'year-invalid']]);
		const flag = result.notices.find((n) => n.code === 'value-percent-out-of-range');
		expect(flag).toMatchObject({ level: 'warning', line: 3, params: { count: 2 } });
	});
});

describe('honest country matching', () => {
	it('historical names are unmatched with a suggestion; M49 names with "(the)" match', () => {
		const text =
			'Country,Year,Value\nBurma,2000,1\nSiam,2000,2\nPhilippines (the),2000,3\nPhilippines,2000,4\n' +
			"Lao People's Democratic Republic (the),2000,5\nMyanmar,2000,6\n";
		const result = importFile(enc(text), 'names.csv');
		expect(result.rows.map((r) => [r.iso3, r.value])).toEqual([
			['LAO', 5],
			['MMR', 6]
		]);
		expect(result.report?.unmatchedCountries.map((u) => [u.label, u.suggestion]).sort()).toEqual([
			['Burma', 'MMR'],
			['Siam', 'THA']
		]);
		// "Philippines (the)" is the Philippines: its value conflicts with line 5's, and says so.
		expect(result.report?.conflicts.map((c) => [c.iso3, c.values.map((v) => v.line)])).toEqual([
			['PHL', [4, 5]]
		]);
	});
});
