import { matchUploadCountry as matchCountry } from './country-names';
import type { Column, ParsedTable } from './parse';
import { parseSex } from './sex';
import { parseCell, type DecimalMark } from './values';
import { parseYear } from './years';

/** The sampled, non-blank cells of a column */
export type Cells = (col: number) => string[];

const SAMPLE_ROWS = 2000;

function sampleCells(table: ParsedTable, col: number): string[] {
	const step = Math.max(1, Math.floor(table.rows.length / SAMPLE_ROWS));
	const cells: string[] = [];
	for (let i = 0; i < table.rows.length; i += step) {
		const cell = table.rows[i].cells[col].trim();
		if (cell !== '') cells.push(cell);
	}
	return cells;
}

/** Each column sampled once, up front: every guess below reads the same sample. */
export function sampleColumns(table: ParsedTable, columns: readonly Column[]): Cells {
	const cellsOf = new Map(columns.map((c) => [c.index, sampleCells(table, c.index)]));
	return (col) => cellsOf.get(col) ?? [];
}

function share(cells: readonly string[], test: (cell: string) => boolean): number {
	if (cells.length === 0) return 0;
	return cells.filter(test).length / cells.length;
}

function countryMatches(cells: readonly string[]): { count: number; byName: number } {
	let count = 0;
	let byName = 0;
	for (const cell of new Set(cells)) {
		const match = matchCountry(cell);
		if (!match) continue;
		count++;
		if (match.via === 'name' || match.via === 'alias') byName++;
	}
	return { count, byName };
}

/** The columns that match the most countries: one by name, one by code (either may be missing). */
export function countryColumnsByCells(
	candidates: readonly Column[],
	cells: Cells
): { names?: number; codes?: number } {
	const scored = candidates
		.map((c) => ({ col: c.index, ...countryMatches(cells(c.index)) }))
		.filter((s) => s.count > 0)
		.sort((a, b) => b.count - a.count || b.byName - a.byName);
	return {
		names: scored.find((s) => s.byName > 0)?.col,
		codes: scored.find((s) => s.byName === 0)?.col
	};
}

export function yearColumnByCells(candidates: readonly Column[], cells: Cells): number | undefined {
	return candidates
		.map((c) => ({ col: c.index, share: share(cells(c.index), (x) => parseYear(x).ok) }))
		.filter((s) => s.share >= 0.8)
		.sort((a, b) => b.share - a.share)[0]?.col;
}

/** Two sexes at least: a column of one label only (`All`, `T`, `M`) may well be something else. */
export function sexColumnByCells(candidates: readonly Column[], cells: Cells): number | undefined {
	return candidates.find(
		(c) =>
			cells(c.index).length > 0 &&
			share(cells(c.index), (x) => parseSex(x) !== null) >= 0.9 &&
			new Set(cells(c.index).map(parseSex)).size >= 2
	)?.index;
}

/** The column with the most numbers, where numbers outnumber text. */
export function valueColumnByCells(
	candidates: readonly Column[],
	cells: Cells,
	decimal: DecimalMark
): number | undefined {
	return candidates
		.map((c) => {
			const parsed = cells(c.index).map((x) => parseCell(x, decimal));
			const numbers = parsed.filter((p) => p.kind === 'number').length;
			const text = parsed.filter((p) => p.kind === 'text').length;
			return { col: c.index, numbers, text };
		})
		.filter((s) => s.numbers > 0 && s.numbers >= s.text)
		.sort((a, b) => b.numbers - a.numbers)[0]?.col;
}
