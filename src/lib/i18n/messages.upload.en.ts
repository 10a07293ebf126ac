/** English strings of the upload and "My data" views; Thai in messages.upload.th.ts. */
export const uploadEn = {
	'nav.mydata': 'My data',
	'mine.badge': 'Your data',
	'mine.file': 'from your file “{file}” (dataset “{dataset}”)',
	'mine.source': 'Your upload',
	'mine.licence': 'Your own data, kept in this browser only',
	'mine.definition': 'Uploaded by you from “{file}”. The values are as imported from the file.',
	'mine.missing':
		'This indicator is not in this browser’s data. It may have been deleted, or uploaded in another browser.',
	'mine.loading': 'Loading your data…',
	'mine.none': 'You have not uploaded any data yet.',
	'mine.upload': 'Upload a CSV file',
	'mine.open': 'See “{name}” on a chart',
	'mine.find': 'Find an indicator',
	'mine.more': '…and {n} more of your indicators: type in the search box to find them.',
	'mine.showAll': 'Show all {n} of your indicators',
	'mydata.title': 'My data',
	'mydata.intro':
		'Add your own CSV file and see its figures beside the shared ASEAN indicators: World Bank, DataBank, UNDP, OWID or your own tables.',
	'mydata.privacy':
		'Your file never leaves this browser. It is read and kept on this device only; nothing is sent to any server.',
	'mydata.limit':
		'CSV, TSV or TXT files up to {limit}. Every file, small or large, is read and checked with the same rules.',
	'upload.heading': 'Add a file',
	'upload.drop': 'Drop a CSV file here, or',
	'upload.choose': 'Choose a file',
	'upload.reading': 'Reading the file…',
	'upload.parsing': 'Checking rows and columns…',
	'upload.progress': 'Progress',
	'upload.cancel': 'Cancel',
	'upload.refused': 'This file cannot be imported',
	'upload.failed': 'Something went wrong: {message}. Your earlier uploads are unchanged.',
	'upload.failed.memory':
		"The browser's database ran out of memory storing the {values} values of this file. Import a part of it (fewer indicators or years), or split it into several files. Your earlier uploads are unchanged.",
	'upload.file': 'File: {name} ({size})',
	'upload.encoding': 'Text encoding',
	'upload.encoding.help': 'If letters look wrong, choose another encoding.',
	'upload.layout':
		'Columns separated by {delimiter}; decimal mark “{decimal}”; header on line {line}.',
	'upload.delimiter.comma': 'commas',
	'upload.delimiter.semicolon': 'semicolons',
	'upload.delimiter.tab': 'tabs',
	'upload.delimiter.pipe': 'pipes',
	'upload.preview': 'Preview: the first {count} rows',
	'upload.line': 'Line',
	'upload.mapping': 'Which column holds what',
	'upload.mapping.help':
		'Filled in from the file. Change a column if it is wrong, then press “Apply columns”.',
	'upload.shape': 'Layout',
	'upload.shape.long': 'One row per value (a year column)',
	'upload.shape.wide': 'One column per year',
	'upload.col.country': 'Country',
	'upload.col.countryCode': 'Country code',
	'upload.col.year': 'Year',
	'upload.col.years': 'Year columns',
	'upload.col.years.help': '{count} selected. Hold Ctrl or ⌘ to select several.',
	'upload.col.indicator': 'Indicator name column',
	'upload.col.indicatorCode': 'Indicator code column',
	'upload.col.value': 'Value',
	'upload.col.sex': 'Sex',
	'upload.col.none': '— none —',
	'upload.indicatorName': 'Indicator name',
	'upload.indicatorName.help': 'Used when no column names the indicator, and shown in charts.',
	'upload.unit': 'Unit',
	'upload.unit.placeholder': 'e.g. % of population',
	'upload.datasetName': 'Name in My data',
	'upload.apply': 'Apply columns',
	'upload.report': 'Check before import',
	'upload.report.read': 'Rows read',
	'upload.report.imported': 'Rows with values',
	'upload.report.skipped': 'Rows skipped',
	'upload.report.observations': 'Values to import',
	'upload.report.indicators': 'Indicators',
	'upload.report.countries': 'Countries',
	'upload.report.years': 'Years',
	'upload.report.missing': 'Empty or missing cells (kept missing, never 0)',
	'upload.report.duplicates': 'Repeated identical values, kept once',
	'upload.report.skippedBy': 'Skipped rows, by reason',
	'upload.report.more': '…and {count} more',
	'upload.report.unmatched': 'Names that are not ASEAN members (not imported)',
	'upload.report.name': 'Name in the file',
	'upload.report.kind': 'What it is',
	'upload.report.rows': 'Rows',
	'upload.report.lines': 'First lines',
	'upload.report.conflicts': 'Conflicting duplicates (none of them imported)',
	'upload.report.nonNumeric': 'Cells that are not numbers (not imported)',
	'upload.report.column': 'Column',
	'upload.report.text': 'Text in the cell',
	'upload.report.values': 'Values',
	'upload.report.be': 'Buddhist Era years converted to C.E. (−543)',
	'upload.report.notices': 'Messages',
	'upload.report.rejected': 'Rows the database could not read',
	'upload.kind.aggregate': 'group of countries',
	'upload.kind.subnational': 'part of a country',
	'upload.kind.unknown': 'not an ASEAN member',
	'upload.kind.empty': 'empty',
	'upload.level.error': 'Error',
	'upload.level.warning': 'Warning',
	'upload.level.info': 'Note',
	'upload.skip.unmatched': 'Line {line}: “{label}” is not an ASEAN member; the row was skipped.',
	'upload.skip.unmatched.aggregate':
		'Line {line}: “{label}” is a group of countries, not an ASEAN member; the row was skipped.',
	'upload.skip.unmatched.subnational':
		'Line {line}: “{label}” is part of a country, not an ASEAN member; the row was skipped.',
	'upload.skip.unmatched.historical':
		'Line {line}: “{label}” is a historical name; if the file means {suggestion}, use its code column or choose “the whole file is one country”. The row was skipped.',
	'upload.reason.ragged': 'Wrong number of cells',
	'upload.reason.malformed-quote': 'Broken quotes',
	'upload.reason.malformed-row': 'Row the database could not read',
	'upload.reason.country-unmatched': 'Not an ASEAN member',
	'upload.reason.country-empty': 'No country',
	'upload.reason.country-conflict': 'Country name and code disagree',
	'upload.reason.year-invalid': 'Not a year',
	'upload.reason.indicator-empty': 'No indicator name',
	'upload.reason.sex-unrecognised': 'Sex not recognised',
	'upload.reason.value-non-numeric': 'Value is not a number',
	'upload.reason.duplicate-conflict': 'Same country and year with different values',
	'upload.import': 'Import',
	'upload.importing': 'Importing…',
	'upload.nothing': 'Nothing can be imported with these columns.',
	'upload.imported':
		'Imported “{name}”: {indicators} indicators, {observations} values. They now appear beside the shared indicators.',
	'upload.another': 'Add another file',
	'storage.quota':
		'This browser’s storage for the site is full, so this upload is kept only until you close the tab. Delete older uploads below, or free space in the browser settings, then import again.',
	'storage.unavailable':
		'This browser does not let the site keep data (a private window, or storage turned off). Your uploads work until you close the tab.',
	'storage.failed':
		'The upload could not be saved in this browser ({message}); it works until you close the tab.',
	'datasets.heading': 'Your uploads',
	'datasets.empty': 'No uploads yet.',
	'datasets.meta': '{file} · added {date} · {indicators} indicators · {observations} values',
	'datasets.sessionOnly': 'Not saved: kept only until this tab closes',
	'datasets.display': 'Unit and decimals',
	'datasets.rename': 'Rename',
	'datasets.newName': 'New name for {name}',
	'datasets.save': 'Save',
	'datasets.cancel': 'Cancel',
	'datasets.delete': 'Delete',
	'datasets.confirmDelete': 'Delete “{name}” from this browser? This cannot be undone.',
	'datasets.confirm': 'Yes, delete',
	'datasets.keep': 'Keep it',
	'datasets.indicators': 'Indicators in this file',
	'sql.heading': 'SQL console',
	'sql.intro':
		'Read-only SQL over the shared data and your uploads, run in this browser. One SELECT, WITH or FROM statement at a time.',
	'sql.tables': 'Tables you can query',
	'sql.uploadTables':
		'Each upload is also a table of its own, upload_ and the file name: every column of the file as text, exactly as written, with the line it came from.',
	'sql.query': 'SQL query',
	'sql.run': 'Run',
	'sql.running': 'Running…',
	'sql.preparing': 'First query of {table}: reading its file once ({percent}% read)…',
	'sql.rows': '{count} rows in {ms} ms',
	'sql.truncated': 'Showing the first {count} rows. Export gets up to {max} rows.',
	'sql.export': 'Export CSV',
	'sql.error': 'The query failed',
	'sql.results': 'Query results',
	'upload.shape.wideIndicator': 'One column per indicator and year (“IND001 2000”)',
	'upload.col.oneCountry': '— the whole file is one country —',
	'upload.col.whichCountry': 'Which country',
	'upload.col.oneYear': '— the whole file is one year —',
	'upload.col.whichYear': 'Which year',
	'upload.col.paired': '{count} columns name an indicator and a year.',
	'upload.col.indicatorTyped': 'Indicator name (every value)',
	'upload.headerRow': 'Header row (line)',
	'upload.headerRow.use': 'Use this row',
	'upload.headerRow.preview': 'The first {count} lines of the file',
	'upload.decimals': 'Decimals shown',
	'upload.decimals.help':
		'How many decimal places charts and tables show; the stored values are not rounded.',
	'upload.report.suggestion':
		' — a historical name of {country}? Not merged: use the code column or “the whole file is one country” if that is what it means.',
	'upload.again':
		'This file was imported before, as “{name}”. Replace that dataset with this import, or keep both?',
	'upload.again.replace': 'Replace it',
	'upload.again.copy': 'Keep both',
	'notice.file-empty': 'The file is empty.',
	'notice.file-too-large':
		'File too large ({size} > {max} limit). Filter it to the ASEAN countries and indicators you need, or split it, then upload again.',
	'notice.binary-file': 'Not a text CSV — looks like {looksLike}. Upload a CSV file.',
	'notice.binary-file.excel':
		'Not a text CSV — looks like {looksLike}; export as CSV (File › Save As › CSV UTF-8) and upload that.',
	'notice.encoding-detected':
		'The file is not UTF-8; read it as {encodingLabel}. If names look wrong, choose another encoding.',
	'notice.encoding-detected.no-bom': 'Read as {encodingLabel} (the file has no byte-order mark).',
	'notice.encoding-forced': 'Read as {encodingLabel}, as chosen.',
	'notice.encoding-replacement-chars':
		'{count} byte sequence(s) are not valid {encodingLabel} (first on line {line}) and show as �. Choose another encoding, or re-save the file as UTF-8.',
	'notice.sep-hint': 'Line {line} is Excel\'s "sep={delimiter}" hint; it was used and skipped.',
	'notice.sep-hint.unusual':
		'Line {line} is Excel\'s "sep={delimiter}" hint for an unusual separator; it was skipped.',
	'notice.delimiter-detected': 'Columns are separated by {delimiterName}.',
	'notice.delimiter-not-found':
		'Every line has a single column: no comma, semicolon, tab or pipe separates the values. Check that this is a CSV export.',
	'notice.decimal-comma': 'Numbers use a decimal comma (77,7 is read as 77.7).',
	'notice.preamble-skipped': 'Lines {from}–{to} above the header (line {headerLine}) were skipped.',
	'notice.footer-skipped':
		'Lines {from}–{to} after the data are notes, not data; they were not imported.',
	'notice.no-data-rows': 'No data rows (only a header, on line {line}).',
	'notice.unterminated-quote':
		'Line {line}: a quoted value is never closed, so lines {line}–{lastLine} would be read as one cell. Add the closing quote (") or remove the opening one, then upload again.',
	'notice.malformed-quote':
		'Line {line}: a quoted value is followed by more text before the next separator; the row was skipped.',
	'notice.ragged-row':
		'Line {line} has {found} values but the header has {expected}; the row was skipped so that no value lands in the wrong column.',
	'notice.trailing-empty-fields':
		'Empty cells beyond the last column were ignored on {count} lines (first: line {line}).',
	'notice.blank-header': 'Column {column} has no header but holds values; it is called "{name}".',
	'notice.duplicate-header':
		'The header "{header}" appears more than once; column {column} is called "{name}".',
	'notice.empty-column-ignored': '{count} columns with no header and no values were ignored.',
	'notice.blank-rows-skipped': '{count} empty rows were skipped (first: line {line}).',
	'notice.shape-long': 'One row per observation (a year column and a value column).',
	'notice.shape-wide': 'One column per year ({yearColumns} year columns, {from}–{to}).',
	'notice.no-country-column':
		'No column holds country names or codes (looked for headers such as "Country", "Entity", "ประเทศ" and for ASEAN names in the cells). Add a country column or choose it by hand.',
	'notice.no-country-column.mapping':
		'Choose the country column, or say which country the whole file is about.',
	'notice.no-year-column':
		'No year column found: neither a "Year"/"ปี" header nor columns named by year (1990, 2015 [YR2015]). Add one or choose it by hand.',
	'notice.no-year-column.mapping':
		'Choose the year column, or the one year the whole file is about.',
	'notice.no-value-column':
		'No column of numbers to import was found. Choose the value column by hand.',
	'notice.no-value-column.mapping': 'Choose the column that holds the values.',
	'notice.unused-columns': 'Not imported: {count} columns ({columns}).',
	'notice.indicator-from-file-name':
		'No column names the indicator, so every value is filed under "{indicator}".',
	'notice.country-unmatched':
		'{rows} rows for {names} names that are not ASEAN members were skipped: {labels}.',
	'notice.country-mapped-by-code':
		'Line {line}: the country name "{label}" is not recognised; the code "{code}" ({iso3}) was used.',
	'notice.country-code-name-conflict':
		'Line {line}: the country "{name}" is {nameIso3} but the code "{code}" is {codeIso3}; the row was skipped.',
	'notice.country-empty': 'Line {line}: the country cell is empty; the row was skipped.',
	'notice.year-invalid':
		'Line {line}, column "{column}": "{text}" is not a year; the row was skipped.',
	'notice.year-invalid.span':
		'Line {line}, column "{column}": "{text}" is a span of years (fiscal or school year); write the single year it belongs to; the row was skipped.',
	'notice.year-invalid.out-of-range':
		'Line {line}, column "{column}": "{text}" is outside {min}–{max} C.E. (or the same in B.E.); the row was skipped.',
	'notice.year-be-converted':
		'{count} Buddhist Era years were converted to C.E. by subtracting 543 (e.g. line {line}: {written} → {year}).',
	'notice.year-mixed-era':
		'The years mix eras: mostly C.E., but {odd} are B.E. Each year was read as written (B.E. converted, C.E. kept); check these rows.',
	'notice.year-mixed-era.be':
		'The years mix eras: mostly B.E., but {odd} are C.E. Each year was read as written (B.E. converted, C.E. kept); check these rows.',
	'notice.year-annotated':
		'Line {line}: the year "{text}" carries a note ("{annotation}"); read as {year}.',
	'notice.value-non-numeric':
		'Line {line}, column "{column}": "{text}" is not a number; it was not imported.',
	'notice.value-formula':
		'Line {line}, column "{column}": "{text}" looks like a spreadsheet formula; it was neither calculated nor imported.',
	'notice.values-missing': '{count} cells had no value; they stay missing, not 0.',
	'notice.value-percent': '{count} values had a % sign, which was dropped (12.5% → 12.5).',
	'notice.value-percent-out-of-range':
		'{count} percentage values are below 0 or above 100 (first: line {line}, column "{column}": {value}); they were imported as written: check them.',
	'notice.sex-unrecognised':
		'Line {line}, column "{column}": "{text}" is not a sex we know (use Total, Female, Male, F, M, _T, รวม, หญิง, ชาย); the row was skipped.',
	'notice.indicator-empty': 'Line {line}: the indicator cell is empty; the row was skipped.',
	'notice.duplicate-conflict':
		'{iso3} {year}, "{indicator}" has different values ({values}); none was imported.',
	'notice.duplicate-identical': '{count} repeated observations with the same value were kept once.',
	'notice.markup-in-text':
		'Names on {count} lines (first: line {line}) contain HTML or script-like text; it is kept as plain text and never run.',
	'notice.nothing-imported':
		'Nothing to import: no row gave a usable value (see the skipped rows).',
	'notice.nothing-imported.non-members':
		'Nothing to import: no row is for an ASEAN member (see the unmatched names).',
	'notice.more': '…and {more} more like this (see the report).'
} as const;
