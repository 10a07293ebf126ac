import type { Notice } from './notice';
import { noticeKey } from './notice-text';
import type { Column, ParsedTable } from './parse';
import type { SkippedEntry } from './report';
import { CappedNotices } from './report-notices';

/** Lines listed per unmatched name, code-mapped name or converted year: the rest are counted */
export const LINES_KEPT = 5;

/**
 * What the check of one table found, shared by its rules so that notices and skipped rows keep
 * the order they were found in, whichever rule found them.
 */
export class Findings {
	readonly notices = new CappedNotices();
	readonly skipped: SkippedEntry[];
	/** Lines whose country or indicator names look like HTML or script */
	readonly markupLines: number[] = [];
	private readonly columns: Column[];

	constructor(table: ParsedTable) {
		this.columns = table.columns;
		this.skipped = table.skipped.map((s) => ({
			line: s.line,
			reason: s.reason,
			detail: s.detail,
			key: `notice.${s.code}` as const,
			params: { ...s.params, line: s.line }
		}));
	}

	columnName(col: number): string {
		return this.columns[col]?.name ?? String(col + 1);
	}

	/** A skipped row, with the message key and params of its notice for other languages. */
	skip(entry: SkippedEntry, said?: Notice): void {
		if (!said) this.skipped.push(entry);
		else {
			const where = {
				line: said.line ?? entry.line,
				...(entry.column && { column: entry.column })
			};
			this.skipped.push({ ...entry, key: noticeKey(said), params: { ...said.params, ...where } });
		}
	}

	/** A skipped row or cell, said in a notice of its own. */
	refuse(entry: SkippedEntry, said: Notice): void {
		this.skip(entry, said);
		this.notices.push(said);
	}
}
