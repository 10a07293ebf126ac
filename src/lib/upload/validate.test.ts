import { describe, expect, it } from 'vitest';
import { parseTable } from './parse';
import { proposeShape } from './shape';
import { sniff } from './sniff';
import { validateTable } from './validate';

function run(text: string) {
	const layout = sniff(text);
	const table = parseTable(text, layout);
	const proposal = proposeShape(table, { decimal: layout.decimal, indicatorName: 'Poverty' });
	if (!proposal.mapping) throw new Error(proposal.notices.map((n) => n.message).join('; '));
	const result = validateTable(table, proposal.mapping, { decimal: layout.decimal });
	return { ...result, rows: result.observations.rows() };
}

describe('validateTable', () => {
	it('imports tidy rows and counts what it read', () => {
		const { rows, report } = run(
			'country,iso3,year,sex,value\nThailand,THA,2019,F,1.5\nThailand,THA,2019,M,2.5\nThailand,THA,2019,_T,2\n'
		);
		expect(rows).toEqual([
			{ indicator: 'Poverty', iso3: 'THA', year: 2019, sex: 'female', value: 1.5, line: 2 },
			{ indicator: 'Poverty', iso3: 'THA', year: 2019, sex: 'male', value: 2.5, line: 3 },
			{ indicator: 'Poverty', iso3: 'THA', year: 2019, sex: 'total', value: 2, line: 4 }
		]);
		expect(report).toMatchObject({
			rowsRead: 3,
			rowsImported: 3,
			observations: 3,
			skipped: [],
			countries: ['THA'],
			yearRange: [2019, 2019]
		});
	});

	it('lists unmatched countries with counts and kind, and skips their rows', () => {
		const { rows, report, notices } = run(
			'country,year,value\nIndonesia (urban),2019,1\nIndonesia (urban),2020,2\nWorld,2019,3\nAtlantis,2019,4\nIndonesia,2019,5\n'
		);
		expect(rows.map((r) => r.iso3)).toEqual(['IDN']);
		expect(report.unmatchedCountries).toEqual([
			{ label: 'Indonesia (urban)', kind: 'subnational', rows: 2, lines: [2, 3] },
			{ label: 'Atlantis', kind: 'unknown', rows: 1, lines: [5] },
			{ label: 'World', kind: 'aggregate', rows: 1, lines: [4] }
		]);
		expect(report.skipped.map((s) => [s.line, s.reason])).toEqual([
			[2, 'country-unmatched'],
			[3, 'country-unmatched'],
			[4, 'country-unmatched'],
			[5, 'country-unmatched']
		]);
		expect(notices.find((n) => n.code === 'country-unmatched')?.message).toContain(
			'4 rows for 3 names'
		);
	});

	it('uses the code when the name is not recognised, and refuses a name/code conflict', () => {
		const { rows, report, notices } = run(
			'country,iso3,year,value\n<b>x</b>,THA,2019,1\nViet Nam,THA,2019,2\nTimor-Leste,TMP,2019,3\n'
		);
		expect(rows.map((r) => [r.iso3, r.line])).toEqual([
			['THA', 2],
			['TLS', 4]
		]);
		expect(report.mappedByCode).toEqual([
			{ label: '<b>x</b>', code: 'THA', iso3: 'THA', rows: 1, lines: [2] }
		]);
		expect(report.skipped).toEqual([
			expect.objectContaining({ line: 3, reason: 'country-conflict' })
		]);
		expect(notices.map((n) => n.code)).toEqual(
			expect.arrayContaining([
				'country-code-name-conflict',
				'country-mapped-by-code',
				'markup-in-text'
			])
		);
	});

	it('lists conflicting duplicates and imports neither; keeps identical duplicates once', () => {
		const { rows, report } = run(
			'country,year,value\nThailand,2019,1\nThailand,2019,2\nViet Nam,2019,3\nViet Nam,2019,3\n'
		);
		expect(rows.map((r) => r.iso3)).toEqual(['VNM']);
		expect(report.conflicts).toEqual([
			{
				indicator: 'Poverty',
				iso3: 'THA',
				year: 2019,
				sex: 'total',
				values: [
					{ value: 1, line: 2, column: 'value' },
					{ value: 2, line: 3, column: 'value' }
				]
			}
		]);
		expect(report.identicalDuplicates).toBe(1);
	});

	it('reports non-numeric values, formulas, missing cells, bad years and unknown sexes by line and column', () => {
		const { rows, report, notices } = run(
			'country,year,sex,value\nThailand,2019,T,=10*2\nThailand,2020,T,about 5\nThailand,2021,T,..\nThailand,2022,T,\nThailand,2019-20,T,1\nThailand,2023,X,1\nThailand,2024,T,12%\n'
		);
		expect(rows.map((r) => [r.year, r.value])).toEqual([[2024, 12]]);
		expect(report.nonNumeric).toEqual([
			{ line: 2, column: 'value', text: '=10*2', formula: true },
			{ line: 3, column: 'value', text: 'about 5', formula: false }
		]);
		expect(report).toMatchObject({
			missingCells: 2,
			missingMarkers: { '..': 1, '': 1 },
			percentValues: 1
		});
		expect(report.skipped.map((s) => [s.line, s.reason])).toEqual([
			[2, 'value-non-numeric'],
			[3, 'value-non-numeric'],
			[6, 'year-invalid'],
			[7, 'sex-unrecognised']
		]);
		expect(notices.find((n) => n.code === 'value-formula')).toMatchObject({
			line: 2,
			column: 'value'
		});
		expect(notices.find((n) => n.code === 'year-invalid')?.message).toContain('span of years');
	});

	it('converts Buddhist Era years and flags a mixed column', () => {
		const { rows, report, notices } = run(
			'จังหวัด/ประเทศ,ปี,ค่า\nThailand,2561,9.9\nThailand,พ.ศ. 2562,6.2\nThailand,2022,5.4\n'
		);
		expect(rows.map((r) => r.year)).toEqual([2018, 2019, 2022]);
		expect(report.era).toMatchObject({ converted: 2, mixed: true });
		expect(notices.map((n) => n.code)).toEqual(
			expect.arrayContaining(['year-be-converted', 'year-mixed-era'])
		);
	});

	it('says so when nothing can be imported', () => {
		const { rows, notices } = run('country,year,value\nWorld,2019,1\n');
		expect(rows).toEqual([]);
		expect(notices.at(-1)).toMatchObject({ level: 'error', code: 'nothing-imported' });
	});
});
