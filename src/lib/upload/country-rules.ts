import { classifyUnmatched } from '../countries/match';
import { member, type Iso3 } from '../countries/members';
import { hasMarkup } from './cell-rules';
import { historicalName, matchUploadCountry } from './country-names';
import { LINES_KEPT, type Findings } from './findings';
import { memoByText } from './memo';
import { notice } from './notice';
import type { DataRow } from './parse';
import type { MappedByCode, UnmatchedCountry } from './report';
import { quote } from './report-notices';
import type { ColumnMapping } from './shape';

/**
 * The member each row is about, from its name cell, its code cell or the one country of the
 * mapping; it keeps the names that matched only by their code, and those that matched nothing,
 * for the report.
 */
export class CountryRules {
	readonly unmatched = new Map<string, UnmatchedCountry>();
	readonly byCode = new Map<string, MappedByCode>();
	/** The column a country notice points at: the name column, else the code column */
	readonly column: number;
	private readonly mapping: ColumnMapping;
	private readonly findings: Findings;
	private readonly match = memoByText(matchUploadCountry);

	constructor(mapping: ColumnMapping, findings: Findings) {
		this.mapping = mapping;
		this.findings = findings;
		this.column = mapping.country ?? mapping.countryCode ?? 0;
	}

	/** The row's member, or null when the row was skipped (and said why). */
	resolve(row: DataRow): Iso3 | null {
		const mapping = this.mapping;
		if (mapping.countryFixed) return mapping.countryFixed;
		const nameRaw = mapping.country === undefined ? '' : row.cells[mapping.country];
		const codeRaw = mapping.countryCode === undefined ? '' : row.cells[mapping.countryCode];
		const name = nameRaw.trim() ? this.match(nameRaw) : null;
		const code = codeRaw.trim() ? this.match(codeRaw) : null;
		if (name && code && name.iso3 !== code.iso3) {
			this.refuseConflict(row, nameRaw, name.iso3, codeRaw, code.iso3);
			return null;
		}
		if (name) return name.iso3;
		if (code) {
			if (nameRaw.trim()) this.noteMappedByCode(row, nameRaw, codeRaw, code.iso3);
			return code.iso3;
		}
		const label = nameRaw.trim() || codeRaw.trim();
		if (!label) this.refuseEmpty(row);
		else this.noteUnmatched(row, label, nameRaw, codeRaw);
		return null;
	}

	/** Most rows first, then by name */
	unmatchedCountries(): UnmatchedCountry[] {
		return [...this.unmatched.values()].sort(
			(a, b) => b.rows - a.rows || a.label.localeCompare(b.label)
		);
	}

	private refuseConflict(
		row: DataRow,
		nameRaw: string,
		nameIso3: Iso3,
		codeRaw: string,
		codeIso3: Iso3
	): void {
		const column = this.findings.columnName(this.column);
		const detail = `Line ${row.line}: the country ${quote(nameRaw.trim())} is ${nameIso3} but the code ${quote(codeRaw.trim())} is ${codeIso3}; the row was skipped.`;
		const said = notice('warning', 'country-code-name-conflict', detail, {
			line: row.line,
			column,
			params: {
				name: nameRaw.trim(),
				nameIso3,
				code: codeRaw.trim(),
				codeIso3
			}
		});
		this.findings.refuse({ line: row.line, column, reason: 'country-conflict', detail }, said);
	}

	/** A name we do not know beside a code we do: imported by the code, and listed. */
	private noteMappedByCode(row: DataRow, nameRaw: string, codeRaw: string, iso3: Iso3): void {
		const key = `${nameRaw.trim()}\u0000${codeRaw.trim()}`;
		const entry = this.byCode.get(key) ?? {
			label: nameRaw.trim(),
			code: codeRaw.trim(),
			iso3,
			rows: 0,
			lines: []
		};
		entry.rows++;
		if (entry.lines.length < LINES_KEPT) entry.lines.push(row.line);
		this.byCode.set(key, entry);
		if (hasMarkup(nameRaw)) this.findings.markupLines.push(row.line);
	}

	private refuseEmpty(row: DataRow): void {
		const column = this.findings.columnName(this.column);
		const said = notice(
			'warning',
			'country-empty',
			`Line ${row.line}: the country cell is empty; the row was skipped.`,
			{ line: row.line, column }
		);
		this.findings.refuse(
			{
				line: row.line,
				column,
				reason: 'country-empty',
				detail: `Line ${row.line}: no country; the row was skipped.`
			},
			said
		);
	}

	/** Not a member: counted under its label (no notice per row; the report lists them). */
	private noteUnmatched(row: DataRow, label: string, nameRaw: string, codeRaw: string): void {
		const seen = this.unmatched.get(label);
		const entry = seen ?? {
			label,
			kind: nameRaw.trim() ? classifyUnmatched(nameRaw) : classifyUnmatched(codeRaw),
			rows: 0,
			lines: []
		};
		if (
			entry.kind === 'unknown' &&
			nameRaw.trim() &&
			codeRaw.trim() &&
			classifyUnmatched(codeRaw) === 'aggregate'
		) {
			entry.kind = 'aggregate';
		}
		if (!seen) {
			const historical = historicalName(label);
			if (historical) entry.suggestion = historical;
		}
		const suggestion = entry.suggestion;
		entry.rows++;
		if (entry.lines.length < LINES_KEPT) entry.lines.push(row.line);
		this.unmatched.set(label, entry);
		this.findings.skip({
			line: row.line,
			column: this.findings.columnName(this.column),
			reason: 'country-unmatched',
			detail: `Line ${row.line}: ${quote(label)} is not an ASEAN member${entry.kind === 'aggregate' ? ' (a group of countries)' : entry.kind === 'subnational' ? ' (part of a country)' : ''}${suggestion ? ` (a historical name; if the file means ${member(suggestion)?.name.en} (${suggestion}), use its code column or choose "the whole file is one country")` : ''}; the row was skipped.`,
			key: suggestion
				? 'upload.skip.unmatched.historical'
				: entry.kind === 'aggregate' || entry.kind === 'subnational'
					? `upload.skip.unmatched.${entry.kind}`
					: 'upload.skip.unmatched',
			params: { line: row.line, label, ...(suggestion && { suggestion }) }
		});
	}
}
