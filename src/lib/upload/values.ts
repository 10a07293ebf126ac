export type DecimalMark = '.' | ',';

export type CellValue =
	| { kind: 'number'; value: number; percent: boolean }
	| { kind: 'missing'; marker: string }
	| { kind: 'text'; text: string; formula: boolean };

/**
 * Spellings of "no value" in statistical exports (lower case). They become missing, never 0:
 * `..` (World Bank), `:` (Eurostat), `-`/`—` (printed tables), spreadsheet errors.
 */
export const MISSING_MARKERS: ReadonlySet<string> = new Set([
	'',
	'.',
	'..',
	'...',
	'…',
	':',
	'-',
	'--',
	'–',
	'—',
	'?',
	'x',
	'na',
	'n/a',
	'n.a.',
	'n.a',
	'nan',
	'null',
	'none',
	'#n/a',
	'#na',
	'#div/0!',
	'#value!',
	'#ref!',
	'#num!',
	'#null!'
]);

/** The marker as written ('' for an empty or blank cell), or null when the cell holds something. */
export function missingMarker(raw: string): string | null {
	const trimmed = raw.trim();
	return MISSING_MARKERS.has(trimmed.toLowerCase()) ? trimmed : null;
}

const SPACES = ' \u00a0\u2009\u202f';

function numberPattern(decimal: DecimalMark): RegExp {
	const thousands = decimal === '.' ? `,${SPACES}` : `.${SPACES}`;
	const point = decimal === '.' ? '\\.' : ',';
	return new RegExp(
		`^([+-]?)(?:(\\d{1,3}(?:([${thousands}])\\d{3})(?:\\3\\d{3})*)|(\\d*))(?:${point}(\\d+))?(?:[eE]([+-]?\\d+))?$`
	);
}

const PATTERNS: Record<DecimalMark, RegExp> = { '.': numberPattern('.'), ',': numberPattern(',') };

/**
 * A plain number with the given decimal mark and optional thousands separators
 * (`1,234.5`, `1 234,5`, NBSP or thin space); anything else, formulas included, is null.
 */
export function parseNumber(raw: string, decimal: DecimalMark = '.'): number | null {
	const match = PATTERNS[decimal].exec(raw.trim());
	if (!match) return null;
	const [, sign, grouped, separator, plain, fraction, exponent] = match;
	const integer = grouped !== undefined ? grouped.split(separator).join('') : plain;
	if (!integer && fraction === undefined) return null;
	const value = Number(
		`${sign}${integer || '0'}${fraction !== undefined ? `.${fraction}` : ''}${exponent !== undefined ? `e${exponent}` : ''}`
	);
	if (!Number.isFinite(value)) return null;
	return value === 0 ? 0 : value;
}

/** Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR, or their full-width forms) */
export function isFormulaLike(raw: string): boolean {
	return /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(raw);
}

/** Digits with at most a sign and a decimal point: what `parseNumber` would read as written. */
const PLAIN: Record<DecimalMark, RegExp> = { '.': /^[+-]?\d+(?:\.\d+)?$/, ',': /^[+-]?\d+$/ };

/** What one value cell holds: a number, a missing marker, or text that is neither. */
export function parseCell(raw: string, decimal: DecimalMark = '.'): CellValue {
	// Most cells of an export are plain numbers: a wide file has millions, and the general rules
	// below (trim, markers, grouping) cost them seconds for the same value.
	if (PLAIN[decimal].test(raw)) {
		const value = Number(raw);
		if (Number.isFinite(value))
			return { kind: 'number', value: value === 0 ? 0 : value, percent: false };
	}
	const marker = missingMarker(raw);
	if (marker !== null) return { kind: 'missing', marker };
	const number = parseNumber(raw, decimal);
	if (number !== null) return { kind: 'number', value: number, percent: false };
	const trimmed = raw.trim();
	if (trimmed.endsWith('%')) {
		const percent = parseNumber(trimmed.slice(0, -1), decimal);
		if (percent !== null) return { kind: 'number', value: percent, percent: true };
	}
	return { kind: 'text', text: raw, formula: isFormulaLike(raw) };
}
