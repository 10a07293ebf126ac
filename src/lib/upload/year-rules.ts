import { LINES_KEPT, type Findings } from './findings';
import { memoByText } from './memo';
import { notice } from './notice';
import type { DataRow, ParsedTable } from './parse';
import type { EraReport } from './report';
import { quote } from './report-notices';
import type { YearColumn } from './shape';
import {
	analyseYearColumn,
	parseYear as readYear,
	yearFromHeader,
	YEAR_MAX,
	YEAR_MIN,
	type YearParse
} from './years';

type YearProblem = Extract<YearParse, { ok: false }>['reason'];

/**
 * The years of a table, from its year cells or its year headers. Each is read on its own; all
 * are kept for the report's account of their eras (converted, mixed, annotated).
 */
export class YearRules {
	private readonly parses: YearParse[] = [];
	private readonly examples: EraReport['examples'] = [];
	private converted = 0;
	private readonly annotated: EraReport['annotated'] = [];
	private readonly parse = memoByText(readYear);
	private readonly findings: Findings;

	constructor(findings: Findings) {
		this.findings = findings;
	}

	/** The years of a wide table's headers, all on the header line */
	noteHeaders(table: ParsedTable, yearColumns: readonly YearColumn[]): void {
		for (const yc of yearColumns) {
			const header = table.columns[yc.col].header;
			this.note(yearFromHeader(header), table.headerLine, header);
		}
	}

	/** The year (C.E.) of the row's cell in column `col`, or null when the row was skipped for it */
	readCell(row: DataRow, col: number): number | null {
		const text = row.cells[col];
		const parsed = this.parse(text);
		this.note(parsed, row.line, text);
		if (parsed.ok) return parsed.year;
		this.refuse(row, col, text, parsed.reason);
		return null;
	}

	/** The eras of the years read; `col` is the year column, undefined when headers hold them */
	report(table: ParsedTable, col: number | undefined): EraReport {
		const era = analyseYearColumn(this.parses, col !== undefined ? table.columns[col].header : '');
		const minority = era.majority === 'be' ? 'ce' : 'be';
		return {
			column: col !== undefined ? this.findings.columnName(col) : null,
			converted: this.converted,
			majority: era.majority,
			mixed: era.era === 'mixed',
			// Distinct years, in order of appearance: one per year, not one per row.
			minorityYears: [
				...new Set(this.parses.flatMap((p) => (p.ok && p.era === minority ? [p.written] : [])))
			],
			examples: this.examples,
			annotated: this.annotated
		};
	}

	private note(parsed: YearParse, line: number, text: string): void {
		this.parses.push(parsed);
		if (!parsed.ok) return;
		if (parsed.era === 'be') {
			this.converted++;
			if (this.examples.length < LINES_KEPT)
				this.examples.push({ line, written: parsed.written, year: parsed.year });
		}
		if (parsed.annotation)
			this.annotated.push({ line, text, annotation: parsed.annotation, year: parsed.year });
	}

	private refuse(row: DataRow, col: number, text: string, reason: YearProblem): void {
		const column = this.findings.columnName(col);
		const why =
			reason === 'span'
				? 'is a span of years (fiscal or school year); write the single year it belongs to'
				: reason === 'out-of-range'
					? `is outside ${YEAR_MIN}–${YEAR_MAX} C.E. (or the same in B.E.)`
					: 'is not a year';
		const detail = `Line ${row.line}, column "${column}": ${quote(text.trim())} ${why}; the row was skipped.`;
		const said = notice('warning', 'year-invalid', detail, {
			line: row.line,
			column,
			params: {
				text,
				min: YEAR_MIN,
				max: YEAR_MAX,
				...(reason !== 'not-a-year' && { variant: reason })
			}
		});
		this.findings.refuse({ line: row.line, column, reason: 'year-invalid', detail }, said);
	}
}
