/**
 * Messages from every import step. `code` is a stable key the UI translates (params fill the
 * placeholders); `message` is the English fallback and always names the file line and column.
 */
export type NoticeLevel = 'error' | 'warning' | 'info';

/** Every notice code; the UI shows each in English and Thai (messages.upload.*.ts, `notice.<code>`). */
export const NOTICE_CODES = [
	// decode
	'file-empty',
	'file-too-large',
	'binary-file',
	'encoding-detected',
	'encoding-forced',
	'encoding-replacement-chars',
	// sniff
	'sep-hint',
	'delimiter-detected',
	'delimiter-not-found',
	'decimal-comma',
	'preamble-skipped',
	'footer-skipped',
	// parse
	'no-data-rows',
	'unterminated-quote',
	'malformed-quote',
	'ragged-row',
	'trailing-empty-fields',
	'blank-header',
	'duplicate-header',
	'empty-column-ignored',
	'blank-rows-skipped',
	// shape
	'shape-long',
	'shape-wide',
	'no-country-column',
	'no-year-column',
	'no-value-column',
	'unused-columns',
	'indicator-from-file-name',
	// validate
	'country-unmatched',
	'country-mapped-by-code',
	'country-code-name-conflict',
	'country-empty',
	'year-invalid',
	'year-be-converted',
	'year-mixed-era',
	'year-annotated',
	'value-non-numeric',
	'value-formula',
	'values-missing',
	'value-percent',
	'value-percent-out-of-range',
	'sex-unrecognised',
	'indicator-empty',
	'duplicate-conflict',
	'duplicate-identical',
	'markup-in-text',
	'nothing-imported'
] as const;

export type NoticeCode = (typeof NOTICE_CODES)[number];

export interface Notice {
	level: NoticeLevel;
	code: NoticeCode;
	/** English text; names the file line and column where there is one */
	message: string;
	/** 1-based line in the original file */
	line?: number;
	/** Column header (or 1-based column number when the header is blank) */
	column?: string | number;
	/**
	 * Fill the placeholders of the notice's text in either language; `variant` picks one of a
	 * code's texts (`notice.<code>.<variant>`), `more` the closing "…and N more" line.
	 */
	params?: Record<string, string | number>;
}

export function notice(
	level: NoticeLevel,
	code: NoticeCode,
	message: string,
	where: Omit<Notice, 'level' | 'code' | 'message'> = {}
): Notice {
	return { level, code, message, ...where };
}

export function hasError(notices: readonly Notice[]): boolean {
	return notices.some((n) => n.level === 'error');
}
