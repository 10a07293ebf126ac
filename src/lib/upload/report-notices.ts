import type { UnmatchedKind } from '../countries/match';
import { notice, type Notice } from './notice';
import type { ImportReport } from './report';

export const MAX_NOTICES_PER_KIND = 20;

const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

/** A cell quoted for a message: one line, at most `max` characters. */
export function quote(text: string, max = 60): string {
	const oneLine = text.replace(/[\r\n\t]+/g, ' ');
	return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}

/** Per-row notices, at most 20 of each code, then one "…and N more" (the report has them all). */
export class CappedNotices {
	readonly list: Notice[] = [];
	private counts = new Map<string, number>();

	push(n: Notice): void {
		const count = (this.counts.get(n.code) ?? 0) + 1;
		this.counts.set(n.code, count);
		if (count <= MAX_NOTICES_PER_KIND) this.list.push(n);
	}

	/** The list with a closing "…and N more" for every code that went over the cap */
	summarised(): Notice[] {
		const more: Notice[] = [];
		for (const [code, count] of this.counts) {
			const first = this.list.find((n) => n.code === code);
			if (count <= MAX_NOTICES_PER_KIND || !first) continue;
			more.push(
				notice(
					first.level,
					first.code,
					`…and ${count - MAX_NOTICES_PER_KIND} more like this (see the report).`,
					{ params: { more: count - MAX_NOTICES_PER_KIND } }
				)
			);
		}
		return [...this.list, ...more];
	}
}

export interface ReportColumns {
	country: string;
	countryCode?: string;
}

/** One notice per finding of the import report, for the summary above the table. */
export function reportNotices(report: ImportReport, columns: ReportColumns): Notice[] {
	const notices: Notice[] = [];
	const unmatched = report.unmatchedCountries;
	if (unmatched.length) {
		const rows = unmatched.reduce((n, u) => n + u.rows, 0);
		const kinds = (kind: UnmatchedKind) => unmatched.filter((u) => u.kind === kind).length;
		const named = unmatched
			.slice(0, 8)
			.map((u) => `${quote(u.label)} (line ${u.lines[0]})`)
			.join(', ');
		notices.push(
			notice(
				'warning',
				'country-unmatched',
				`${rows} ${plural(rows, 'row')} for ${unmatched.length} ${plural(unmatched.length, 'name')} that are not ASEAN members were skipped (${kinds('aggregate')} groups of countries, ${kinds('subnational')} parts of countries, ${kinds('unknown')} other): ${named}${unmatched.length > 8 ? ', …' : ''}.`,
				{
					line: unmatched[0].lines[0],
					params: {
						rows,
						names: unmatched.length,
						labels: `${unmatched
							.slice(0, 8)
							.map((u) => quote(u.label))
							.join(', ')}${unmatched.length > 8 ? ', …' : ''}`
					}
				}
			)
		);
	}
	for (const m of report.mappedByCode.slice(0, MAX_NOTICES_PER_KIND)) {
		notices.push(
			notice(
				'warning',
				'country-mapped-by-code',
				`Line ${m.lines[0]}: the country name ${quote(m.label)} is not recognised; the code ${quote(m.code)} (${m.iso3}) in column "${columns.countryCode ?? columns.country}" was used${m.rows > 1 ? ` (${m.rows} rows)` : ''}.`,
				{
					line: m.lines[0],
					column: columns.country,
					params: { label: m.label, code: m.code, iso3: m.iso3 }
				}
			)
		);
	}
	const markup = report.markupLines;
	if (markup.length) {
		notices.push(
			notice(
				'warning',
				'markup-in-text',
				`Names on ${plural(markup.length, 'line')} ${markup.slice(0, 10).join(', ')} contain HTML or script-like text; it is kept as plain text and never run.`,
				{ line: markup[0], params: { count: markup.length } }
			)
		);
	}

	const era = report.era;
	if (era.converted > 0) {
		const where = era.column ? `in column "${era.column}"` : 'in the header';
		const first = era.examples[0];
		notices.push(
			notice(
				'warning',
				'year-be-converted',
				`${era.converted} Buddhist Era ${plural(era.converted, 'year')} ${where} ${plural(era.converted, 'was', 'were')} converted to C.E. by subtracting 543 (e.g. line ${first.line}: ${first.written} → ${first.year}).`,
				{
					line: first.line,
					params: { count: era.converted, written: first.written, year: first.year }
				}
			)
		);
	}
	if (era.mixed) {
		const [usual, other] = era.majority === 'be' ? ['B.E.', 'C.E.'] : ['C.E.', 'B.E.'];
		const odd = era.minorityYears;
		notices.push(
			notice(
				'warning',
				'year-mixed-era',
				`The years mix eras: mostly ${usual}, but ${odd.slice(0, 5).join(', ')} ${plural(odd.length, 'is', 'are')} ${other} Each year was read as written (B.E. converted, C.E. kept); check these rows.`,
				{
					params: {
						majority: era.majority,
						odd: odd.slice(0, 5).join(', '),
						...(era.majority === 'be' && { variant: 'be' })
					}
				}
			)
		);
	}
	for (const a of era.annotated.slice(0, MAX_NOTICES_PER_KIND)) {
		notices.push(
			notice(
				'info',
				'year-annotated',
				`Line ${a.line}: the year ${quote(a.text.trim())} carries a note ("${a.annotation}"); read as ${a.year}.`,
				{ line: a.line, params: { text: a.text.trim(), annotation: a.annotation, year: a.year } }
			)
		);
	}

	if (report.missingCells > 0) {
		const markers = Object.entries(report.missingMarkers)
			.map(([marker, n]) => `${marker === '' ? 'empty' : `"${marker}"`}: ${n}`)
			.join(', ');
		notices.push(
			notice(
				'info',
				'values-missing',
				`${report.missingCells} ${plural(report.missingCells, 'cell')} had no value (${markers}); they stay missing, not 0.`,
				{ params: { count: report.missingCells } }
			)
		);
	}
	if (report.percentValues > 0) {
		notices.push(
			notice(
				'info',
				'value-percent',
				`${report.percentValues} ${plural(report.percentValues, 'value')} had a % sign, which was dropped (12.5% → 12.5).`,
				{ params: { count: report.percentValues } }
			)
		);
	}
	const repeated = report.identicalDuplicates;
	if (repeated > 0) {
		notices.push(
			notice(
				'info',
				'duplicate-identical',
				`${repeated} repeated ${plural(repeated, 'observation')} with the same value ${plural(repeated, 'was', 'were')} kept once.`,
				{ params: { count: repeated } }
			)
		);
	}
	if (report.observations === 0) {
		const onlyNonMembers =
			unmatched.length > 0 && report.skipped.every((s) => s.reason === 'country-unmatched');
		notices.push(
			notice(
				'error',
				'nothing-imported',
				onlyNonMembers
					? 'Nothing to import: no row is for an ASEAN member (see the unmatched names).'
					: 'Nothing to import: no row gave a usable value (see the skipped rows).',
				onlyNonMembers ? { params: { variant: 'non-members' } } : {}
			)
		);
	}
	return notices;
}
