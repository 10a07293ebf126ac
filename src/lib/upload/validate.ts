import { classifyUnmatched } from '../countries/match';
import { member, type Iso3 } from '../countries/members';
import { historicalName, matchUploadCountry } from './country-names';
import { memoByText } from './memo';
import { KeptObservations, ObservationStore, type SeriesBase } from './observations';
import { notice, type Notice } from './notice';
import { noticeKey } from './notice-text';
import type { DataRow, ParsedTable } from './parse';
import type {
	Conflict,
	EraReport,
	ImportReport,
	MappedByCode,
	NonNumericCell,
	SkippedEntry,
	UnmatchedCountry
} from './report';
import { CappedNotices, quote, reportNotices } from './report-notices';
import { parseSex as readSex, type Sex } from './sex';
import type { ColumnMapping } from './shape';
import { parseCell, type DecimalMark } from './values';
import {
	analyseYearColumn,
	parseYear as readYear,
	yearFromHeader,
	YEAR_MAX,
	YEAR_MIN,
	type YearParse
} from './years';

export type { ImportReport, TidyRow } from './report';

export interface ValidationResult {
	/** In file order; as row objects only when asked (`rows()`): a large file has millions */
	observations: KeptObservations;
	report: ImportReport;
	notices: Notice[];
}

export interface ValidateOptions {
	decimal?: DecimalMark;
}

const LINES_KEPT = 5;
const MARKUP = /<\s*[a-z!/][^>]*>|javascript:|\{\{|\$\{/i;

/**
 * Turns parsed rows into tidy observations with the given mapping, and accounts for every cell
 * that did not make it: unmatched countries, unreadable years, non-numeric values, missing
 * markers, conflicting duplicates. Nothing is dropped without an entry in the report.
 */
export function validateTable(
	table: ParsedTable,
	mapping: ColumnMapping,
	options: ValidateOptions = {}
): ValidationResult {
	const decimal = options.decimal ?? '.';
	const matchCountry = memoByText(matchUploadCountry);
	const parseYear = memoByText(readYear);
	const parseSex = memoByText(readSex);
	const notices = new CappedNotices();
	const columnName = (col: number) => table.columns[col]?.name ?? String(col + 1);
	const skipped: SkippedEntry[] = table.skipped.map((s) => ({
		line: s.line,
		reason: s.reason,
		detail: s.detail,
		key: `notice.${s.code}` as const,
		params: { ...s.params, line: s.line }
	}));
	const unmatched = new Map<string, UnmatchedCountry>();
	const byCode = new Map<string, MappedByCode>();
	const nonNumeric: NonNumericCell[] = [];
	const missingMarkers: Record<string, number> = {};
	let missingCells = 0;
	let percentValues = 0;
	// Every observation in the order read, as columns, so the rows come out in file order
	// without a sort and a wide file's millions of values take no object each.
	const store = new ObservationStore();
	const markupLines: number[] = [];
	const percentOutside: { line: number; column: string; value: number }[] = [];
	const PERCENT = /%|percent|per cent|ร้อยละ/i;
	// A share: its value column or its indicator says so (`Poverty (% of population)`).
	const isPercent = (col: number, indicator: string) =>
		PERCENT.test(table.columns[col]?.header ?? '') || PERCENT.test(indicator);

	const yearParses: YearParse[] = [];
	const eraExamples: EraReport['examples'] = [];
	let converted = 0;
	const annotated: EraReport['annotated'] = [];

	/** A skipped row, with the message key and params of its notice for other languages. */
	const skip = (entry: SkippedEntry, said?: Notice) => {
		if (!said) skipped.push(entry);
		else {
			const where = {
				line: said.line ?? entry.line,
				...(entry.column && { column: entry.column })
			};
			skipped.push({ ...entry, key: noticeKey(said), params: { ...said.params, ...where } });
		}
	};

	const countryCol = mapping.country ?? mapping.countryCode ?? 0;
	function resolveCountry(row: DataRow): Iso3 | null {
		if (mapping.countryFixed) return mapping.countryFixed;
		const nameRaw = mapping.country === undefined ? '' : row.cells[mapping.country];
		const codeRaw = mapping.countryCode === undefined ? '' : row.cells[mapping.countryCode];
		const name = nameRaw.trim() ? matchCountry(nameRaw) : null;
		const code = codeRaw.trim() ? matchCountry(codeRaw) : null;
		if (name && code && name.iso3 !== code.iso3) {
			const detail = `Line ${row.line}: the country ${quote(nameRaw.trim())} is ${name.iso3} but the code ${quote(codeRaw.trim())} is ${code.iso3}; the row was skipped.`;
			const said = notice('warning', 'country-code-name-conflict', detail, {
				line: row.line,
				column: columnName(countryCol),
				params: {
					name: nameRaw.trim(),
					nameIso3: name.iso3,
					code: codeRaw.trim(),
					codeIso3: code.iso3
				}
			});
			skip(
				{ line: row.line, column: columnName(countryCol), reason: 'country-conflict', detail },
				said
			);
			notices.push(said);
			return null;
		}
		if (name) return name.iso3;
		if (code) {
			if (nameRaw.trim()) {
				const key = `${nameRaw.trim()}\u0000${codeRaw.trim()}`;
				const entry = byCode.get(key) ?? {
					label: nameRaw.trim(),
					code: codeRaw.trim(),
					iso3: code.iso3,
					rows: 0,
					lines: []
				};
				entry.rows++;
				if (entry.lines.length < LINES_KEPT) entry.lines.push(row.line);
				byCode.set(key, entry);
				if (MARKUP.test(nameRaw)) markupLines.push(row.line);
			}
			return code.iso3;
		}
		const label = nameRaw.trim() || codeRaw.trim();
		if (!label) {
			const said = notice(
				'warning',
				'country-empty',
				`Line ${row.line}: the country cell is empty; the row was skipped.`,
				{ line: row.line, column: columnName(countryCol) }
			);
			skip(
				{
					line: row.line,
					column: columnName(countryCol),
					reason: 'country-empty',
					detail: `Line ${row.line}: no country; the row was skipped.`
				},
				said
			);
			notices.push(said);
			return null;
		}
		const seen = unmatched.get(label);
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
		unmatched.set(label, entry);
		skip({
			line: row.line,
			column: columnName(countryCol),
			reason: 'country-unmatched',
			detail: `Line ${row.line}: ${quote(label)} is not an ASEAN member${entry.kind === 'aggregate' ? ' (a group of countries)' : entry.kind === 'subnational' ? ' (part of a country)' : ''}${suggestion ? ` (a historical name; if the file means ${member(suggestion)?.name.en} (${suggestion}), use its code column or choose "the whole file is one country")` : ''}; the row was skipped.`,
			key: suggestion
				? 'upload.skip.unmatched.historical'
				: entry.kind === 'aggregate' || entry.kind === 'subnational'
					? `upload.skip.unmatched.${entry.kind}`
					: 'upload.skip.unmatched',
			params: { line: row.line, label, ...(suggestion && { suggestion }) }
		});
		return null;
	}

	function readValue(row: DataRow, col: number, series: number, year: number): void {
		const raw = row.cells[col];
		const cell = parseCell(raw, decimal);
		const column = columnName(col);
		if (cell.kind === 'missing') {
			missingCells++;
			missingMarkers[cell.marker] = (missingMarkers[cell.marker] ?? 0) + 1;
			return;
		}
		if (cell.kind === 'text') {
			nonNumeric.push({ line: row.line, column, text: raw, formula: cell.formula });
			const detail = cell.formula
				? `Line ${row.line}, column "${column}": ${quote(raw.trim())} looks like a spreadsheet formula; it was neither calculated nor imported.`
				: `Line ${row.line}, column "${column}": ${quote(raw.trim())} is not a number; it was not imported.`;
			const said = notice('warning', cell.formula ? 'value-formula' : 'value-non-numeric', detail, {
				line: row.line,
				column,
				params: { text: raw }
			});
			skip({ line: row.line, column, reason: 'value-non-numeric', detail }, said);
			notices.push(said);
			return;
		}
		if (cell.percent) percentValues++;
		// Kept as published, but a share below 0 or above 100 is worth a second look.
		const indicator = store.series[series].indicator;
		if ((cell.value < 0 || cell.value > 100) && (cell.percent || isPercent(col, indicator))) {
			percentOutside.push({ line: row.line, column, value: cell.value });
		}
		store.add(series, year, cell.value, row.line, col);
	}

	function noteYear(parsed: YearParse, line: number, text: string): void {
		yearParses.push(parsed);
		if (!parsed.ok) return;
		if (parsed.era === 'be') {
			converted++;
			if (eraExamples.length < LINES_KEPT)
				eraExamples.push({ line, written: parsed.written, year: parsed.year });
		}
		if (parsed.annotation)
			annotated.push({ line, text, annotation: parsed.annotation, year: parsed.year });
	}

	const wideYears = mapping.yearColumns ?? [];
	// Indicator-year headers (`IND001 2000`): each column names its own indicator.
	const perColumnIndicator = wideYears.length > 0 && wideYears.every((y) => y.indicator);
	for (const yc of wideYears) {
		const header = table.columns[yc.col].header;
		noteYear(yearFromHeader(header), table.headerLine, header);
	}

	for (const row of table.rows) {
		const iso3 = resolveCountry(row);
		if (!iso3) continue;

		const indicatorCode =
			mapping.indicatorCode === undefined ? undefined : row.cells[mapping.indicatorCode].trim();
		const indicator =
			(mapping.indicator === undefined ? '' : row.cells[mapping.indicator].trim()) ||
			indicatorCode ||
			(mapping.indicator === undefined && mapping.indicatorCode === undefined
				? (mapping.indicatorName ?? '').trim() || (perColumnIndicator ? '-' : '')
				: '');
		if (!indicator) {
			const column = columnName(mapping.indicator ?? mapping.indicatorCode ?? countryCol);
			const detail = `Line ${row.line}: the indicator cell is empty; the row was skipped.`;
			const said = notice('warning', 'indicator-empty', detail, { line: row.line, column });
			skip({ line: row.line, column, reason: 'indicator-empty', detail }, said);
			notices.push(said);
			continue;
		}
		if (MARKUP.test(indicator)) markupLines.push(row.line);

		let sex: Sex = 'total';
		if (mapping.sex !== undefined) {
			const parsedSex = parseSex(row.cells[mapping.sex]);
			if (!parsedSex) {
				const column = columnName(mapping.sex);
				const detail = `Line ${row.line}, column "${column}": ${quote(row.cells[mapping.sex].trim())} is not a sex we know (use Total, Female, Male, F, M, _T, รวม, หญิง, ชาย); the row was skipped.`;
				const said = notice('warning', 'sex-unrecognised', detail, {
					line: row.line,
					column,
					params: { text: row.cells[mapping.sex].trim() }
				});
				skip({ line: row.line, column, reason: 'sex-unrecognised', detail }, said);
				notices.push(said);
				continue;
			}
			sex = parsedSex;
		}

		// Indicator-year headers name their own series, column by column.
		const series = perColumnIndicator ? -1 : store.seriesOf(indicator, indicatorCode, iso3, sex);
		if (mapping.yearFixed !== undefined && mapping.value !== undefined) {
			readValue(row, mapping.value, series, mapping.yearFixed);
		} else if (mapping.year !== undefined && mapping.value !== undefined) {
			const yearText = row.cells[mapping.year];
			const parsed = parseYear(yearText);
			noteYear(parsed, row.line, yearText);
			if (!parsed.ok) {
				const column = columnName(mapping.year);
				const why =
					parsed.reason === 'span'
						? 'is a span of years (fiscal or school year); write the single year it belongs to'
						: parsed.reason === 'out-of-range'
							? `is outside ${YEAR_MIN}–${YEAR_MAX} C.E. (or the same in B.E.)`
							: 'is not a year';
				const detail = `Line ${row.line}, column "${column}": ${quote(yearText.trim())} ${why}; the row was skipped.`;
				const said = notice('warning', 'year-invalid', detail, {
					line: row.line,
					column,
					params: {
						text: yearText,
						min: YEAR_MIN,
						max: YEAR_MAX,
						...(parsed.reason !== 'not-a-year' && { variant: parsed.reason })
					}
				});
				skip({ line: row.line, column, reason: 'year-invalid', detail }, said);
				notices.push(said);
				continue;
			}
			readValue(row, mapping.value, series, parsed.year);
		} else {
			for (const yc of wideYears) {
				if (!yc.indicator) readValue(row, yc.col, series, yc.year);
				else readValue(row, yc.col, store.seriesOf(yc.indicator, yc.indicator, iso3, sex), yc.year);
			}
		}
	}

	const conflicts: Conflict[] = [];
	let identicalDuplicates = 0;
	for (const same of store.duplicates()) {
		const list = same.map((k) => ({ row: store.row(k), column: columnName(store.columnAt(k)) }));
		if (list.every((o) => o.row.value === list[0].row.value)) {
			for (let k = 1; k < same.length; k++) store.drop(same[k]);
			identicalDuplicates += list.length - 1;
			continue;
		}
		for (const k of same) store.drop(k);
		const { indicator, iso3, year, sex } = list[0].row;
		conflicts.push({
			indicator,
			iso3,
			year,
			sex,
			values: list.map((o) => ({ value: o.row.value, line: o.row.line, column: o.column }))
		});
		const where = list.map((o) => `line ${o.row.line}: ${o.row.value}`).join(', ');
		const detail = `${iso3} ${year}${sex === 'total' ? '' : ` (${sex})`}, ${quote(indicator)} has different values (${where}); none was imported.`;
		const said = notice('warning', 'duplicate-conflict', detail, {
			line: list[0].row.line,
			params: {
				iso3,
				year,
				indicator,
				values: list.map((o) => `${o.row.line}: ${o.row.value}`).join(', ')
			}
		});
		for (const o of list)
			skip({ line: o.row.line, column: o.column, reason: 'duplicate-conflict', detail }, said);
		notices.push(said);
	}
	const order = store.kept();
	if (percentOutside.length) {
		const first = percentOutside[0];
		const lines = [...new Set(percentOutside.map((p) => p.line))];
		notices.push(
			notice(
				'warning',
				'value-percent-out-of-range',
				`${percentOutside.length} percentage ${percentOutside.length === 1 ? 'value is' : 'values are'} below 0 or above 100 (first: line ${first.line}, column "${first.column}": ${first.value}); ${percentOutside.length === 1 ? 'it was' : 'they were'} imported as written: check ${lines.length === 1 ? 'this line' : `lines ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ' …' : ''}`}.`,
				{
					line: first.line,
					column: first.column,
					params: { count: percentOutside.length, value: first.value }
				}
			)
		);
	}

	const unmatchedCountries = [...unmatched.values()].sort(
		(a, b) => b.rows - a.rows || a.label.localeCompare(b.label)
	);
	const era = analyseYearColumn(
		yearParses,
		mapping.year !== undefined ? table.columns[mapping.year].header : ''
	);
	const minority = era.majority === 'be' ? 'ce' : 'be';

	let minYear = Infinity;
	let maxYear = -Infinity;
	let importedLines = 0;
	const countries = new Set<Iso3>();
	const indicators = new Set<string>();
	let lastSeries: SeriesBase | null = null;
	for (let i = 0; i < order.length; i++) {
		const k = order[i];
		const year = store.yearAt(k);
		if (year < minYear) minYear = year;
		if (year > maxYear) maxYear = year;
		if (i === 0 || store.lineAt(k) !== store.lineAt(order[i - 1])) importedLines++;
		const series = store.seriesAt(k);
		if (series === lastSeries) continue;
		lastSeries = series;
		countries.add(series.iso3);
		indicators.add(series.indicator);
	}
	const report: ImportReport = {
		rowsRead: table.rows.length + table.skipped.length,
		rowsImported: importedLines,
		observations: order.length,
		skipped: skipped.sort((a, b) => a.line - b.line),
		unmatchedCountries,
		mappedByCode: [...byCode.values()],
		conflicts,
		identicalDuplicates,
		nonNumeric,
		missingCells,
		missingMarkers,
		percentValues,
		era: {
			column: mapping.year !== undefined ? columnName(mapping.year) : null,
			converted,
			majority: era.majority,
			mixed: era.era === 'mixed',
			// Distinct years, in order of appearance: one per year, not one per row.
			minorityYears: [
				...new Set(yearParses.flatMap((p) => (p.ok && p.era === minority ? [p.written] : [])))
			],
			examples: eraExamples,
			annotated
		},
		markupLines,
		countries: [...countries].sort(),
		indicators: [...indicators],
		yearRange: order.length ? [minYear, maxYear] : null
	};
	const summary = reportNotices(report, {
		country: columnName(countryCol),
		countryCode: mapping.countryCode === undefined ? undefined : columnName(mapping.countryCode)
	});
	return {
		observations: new KeptObservations(store, order),
		report,
		notices: [...notices.summarised(), ...summary]
	};
}
