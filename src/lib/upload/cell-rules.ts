import type { Findings } from './findings';
import { notice, type Notice } from './notice';
import type { ObservationStore } from './observations';
import type { Column, DataRow, ParsedTable } from './parse';
import type { NonNumericCell } from './report';
import { quote } from './report-notices';
import { parseCell, type DecimalMark } from './values';

const MARKUP = /<\s*[a-z!/][^>]*>|javascript:|\{\{|\$\{/i;
const PERCENT = /%|percent|per cent|ร้อยละ/i;

/** A country or indicator name that looks like HTML or script */
export function hasMarkup(text: string): boolean {
	return MARKUP.test(text);
}

/**
 * The rules for a value cell: a number goes to the store, a missing marker is counted, text is
 * refused; the counts and lists are the report's. One instance reads every value cell of a
 * table and holds what the rules need, so that a wide file's millions of cells pass only their
 * place.
 */
export class CellRules {
	missingCells = 0;
	readonly missingMarkers: Record<string, number> = {};
	readonly nonNumeric: NonNumericCell[] = [];
	percentValues = 0;
	readonly percentOutside: { line: number; column: string; value: number }[] = [];
	private readonly columns: Column[];
	private readonly store: ObservationStore;
	private readonly findings: Findings;
	private readonly decimal: DecimalMark;

	constructor(
		table: ParsedTable,
		store: ObservationStore,
		findings: Findings,
		decimal: DecimalMark
	) {
		this.columns = table.columns;
		this.store = store;
		this.findings = findings;
		this.decimal = decimal;
	}

	/** The row's cell in column `col`, as the value of the series in that year */
	read(row: DataRow, col: number, series: number, year: number): void {
		const raw = row.cells[col];
		const cell = parseCell(raw, this.decimal);
		const column = this.findings.columnName(col);
		if (cell.kind === 'missing') {
			this.missingCells++;
			this.missingMarkers[cell.marker] = (this.missingMarkers[cell.marker] ?? 0) + 1;
			return;
		}
		if (cell.kind === 'text') {
			this.refuseText(row, column, raw, cell.formula);
			return;
		}
		if (cell.percent) this.percentValues++;
		// Kept as published, but a share below 0 or above 100 is worth a second look.
		const indicator = this.store.series[series].indicator;
		if ((cell.value < 0 || cell.value > 100) && (cell.percent || this.isPercent(col, indicator))) {
			this.percentOutside.push({ line: row.line, column, value: cell.value });
		}
		this.store.add(series, year, cell.value, row.line, col);
	}

	/** One notice for all the shares outside 0–100, pointing at the first; null when none is. */
	percentOutsideNotice(): Notice | null {
		const outside = this.percentOutside;
		if (!outside.length) return null;
		const first = outside[0];
		const lines = [...new Set(outside.map((p) => p.line))];
		return notice(
			'warning',
			'value-percent-out-of-range',
			`${outside.length} percentage ${outside.length === 1 ? 'value is' : 'values are'} below 0 or above 100 (first: line ${first.line}, column "${first.column}": ${first.value}); ${outside.length === 1 ? 'it was' : 'they were'} imported as written: check ${lines.length === 1 ? 'this line' : `lines ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ' …' : ''}`}.`,
			{
				line: first.line,
				column: first.column,
				params: { count: outside.length, value: first.value }
			}
		);
	}

	/** A share: its value column or its indicator says so (`Poverty (% of population)`). */
	private isPercent(col: number, indicator: string): boolean {
		return PERCENT.test(this.columns[col]?.header ?? '') || PERCENT.test(indicator);
	}

	private refuseText(row: DataRow, column: string, raw: string, formula: boolean): void {
		this.nonNumeric.push({ line: row.line, column, text: raw, formula });
		const detail = formula
			? `Line ${row.line}, column "${column}": ${quote(raw.trim())} looks like a spreadsheet formula; it was neither calculated nor imported.`
			: `Line ${row.line}, column "${column}": ${quote(raw.trim())} is not a number; it was not imported.`;
		const said = notice('warning', formula ? 'value-formula' : 'value-non-numeric', detail, {
			line: row.line,
			column,
			params: { text: raw }
		});
		this.findings.refuse({ line: row.line, column, reason: 'value-non-numeric', detail }, said);
	}
}
